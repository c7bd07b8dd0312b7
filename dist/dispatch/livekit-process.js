// Runs a livekit-server child process from a config (livekit.yaml, or a copy of it with other ports for
// tests): checks its ports are free first, waits until it answers, and stops it (and only it) on close.
import { spawn } from 'node:child_process';
import { createSocket } from 'node:dgram';
import { readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { z } from 'zod';
import { FrameworkError } from '../errors.js';
/** The parts of a LiveKit server config this project reads; the rest passes through untouched. */
const serverConfigSchema = z
    .object({
    port: z.number().int().positive(),
    bind_addresses: z.array(z.string()).optional(),
    keys: z.record(z.string(), z.string().min(32, 'LiveKit requires API secrets of at least 32 characters')),
    rtc: z
        .object({ udp_port: z.number().int().positive(), tcp_port: z.number().int().nonnegative().optional() })
        .loose(),
})
    .loose();
export function readServerConfig(path) {
    const parsed = serverConfigSchema.safeParse(parse(readFileSync(path, 'utf8')));
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new FrameworkError('CONFIG_INVALID', `${path}: ${issue?.path.join('.')}: ${issue?.message}`);
    }
    return parsed.data;
}
async function tcpPortFree(host, port) {
    return new Promise((resolve) => {
        const server = createServer();
        server.once('error', () => resolve(false));
        server.listen({ host, port, exclusive: true }, () => server.close(() => resolve(true)));
    });
}
async function udpPortFree(host, port) {
    return new Promise((resolve) => {
        const socket = createSocket('udp4');
        socket.once('error', () => resolve(false));
        socket.bind({ address: host, port, exclusive: true }, () => socket.close(() => resolve(true)));
    });
}
/** Throws PORT_IN_USE naming the first port of the config that another program holds. */
export async function assertPortsFree(config, configName) {
    const host = config.bind_addresses?.[0] ?? '127.0.0.1';
    const checks = [
        ['port', config.port, () => tcpPortFree(host, config.port)],
        ['rtc.udp_port', config.rtc.udp_port, () => udpPortFree(host, config.rtc.udp_port)],
    ];
    if (config.rtc.tcp_port)
        checks.push(['rtc.tcp_port', config.rtc.tcp_port, () => tcpPortFree('0.0.0.0', config.rtc.tcp_port)]);
    for (const [field, port, free] of checks) {
        if (!(await free())) {
            throw new FrameworkError('PORT_IN_USE', `port ${port} (${field} in ${configName}) on ${host} is already in use by another program; stop it or change ${field}`);
        }
    }
}
async function answers(url) {
    try {
        const response = await fetch(url, { signal: AbortSignal.timeout(1000) });
        return response.ok;
    }
    catch {
        return false;
    }
}
/** True when a LiveKit server answers its health check at this URL (ws:// or http://). */
export function liveKitAnswers(url) {
    return answers(url.replace(/^ws/, 'http'));
}
function stopChild(child) {
    if (child.exitCode !== null || child.signalCode !== null)
        return Promise.resolve();
    return new Promise((resolve) => {
        const kill = setTimeout(() => child.kill('SIGKILL'), 5000);
        child.once('exit', () => {
            clearTimeout(kill);
            resolve();
        });
        child.kill('SIGTERM');
    });
}
export async function startLiveKitServer(options) {
    const { binary, config, configName, logger } = options;
    await assertPortsFree(config, configName);
    const dir = await mkdtemp(join(tmpdir(), 'livekit-'));
    const configPath = join(dir, 'livekit.yaml');
    writeFileSync(configPath, stringify(config));
    // A clean environment: livekit-server reads LIVEKIT_CONFIG, LIVEKIT_KEYS, NODE_IP, UDP_PORT, REDIS_HOST
    // and more from it, which would silently override the config file.
    const env = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '' };
    const child = spawn(binary, ['--config', configPath], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const collect = (chunk) => {
        output = (output + chunk.toString()).slice(-8000);
        for (const line of chunk.toString().split('\n'))
            if (line.trim())
                logger.debug({ source: 'livekit-server' }, line);
    };
    child.stdout?.on('data', collect);
    child.stderr?.on('data', collect);
    const host = config.bind_addresses?.[0] ?? '127.0.0.1';
    const httpUrl = `http://${host}:${config.port}`;
    const exited = new Promise((_, reject) => child.once('exit', (code) => {
        const reason = /address already in use/.exec(output)
            ? `a port of ${configName} is already in use`
            : (output.trim().split('\n').at(-1) ?? 'no output');
        reject(new FrameworkError('SERVER_UNREACHABLE', `livekit-server exited (code ${code}) before it was ready: ${reason}`));
    }));
    const deadline = Date.now() + (options.readyTimeoutMs ?? 20_000);
    const ready = (async () => {
        while (Date.now() < deadline) {
            if (await answers(httpUrl))
                return;
            await new Promise((r) => setTimeout(r, 100));
        }
        throw new FrameworkError('SERVER_UNREACHABLE', `livekit-server did not answer at ${httpUrl} within ${options.readyTimeoutMs ?? 20_000} ms`);
    })();
    const close = async () => {
        await stopChild(child);
        await rm(dir, { recursive: true, force: true });
    };
    try {
        await Promise.race([ready, exited]);
    }
    catch (error) {
        await close();
        throw error;
    }
    exited.catch(() => undefined);
    const [apiKey, apiSecret] = Object.entries(config.keys)[0] ?? [];
    if (!apiKey || !apiSecret)
        throw new FrameworkError('CONFIG_INVALID', `${configName}: keys must hold one API key pair`);
    return { url: `ws://${host}:${config.port}`, apiKey, apiSecret, config, pid: child.pid ?? -1, close };
}
//# sourceMappingURL=livekit-process.js.map