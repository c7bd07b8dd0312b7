// Runs a livekit-server child process from a config (livekit.yaml, or a copy of it with other ports for
// tests): checks its ports are free first, waits until it answers, and stops it (and only it) on close.
import { type ChildProcess, spawn } from 'node:child_process';
import { createSocket } from 'node:dgram';
import { readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { z } from 'zod';
import { FrameworkError, isFrameworkError } from '../errors.js';
import type { Logger } from '../telemetry/log.js';
import { freePort, freeUdpPort } from './free-port.js';

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

export type ServerConfig = z.infer<typeof serverConfigSchema>;

export function readServerConfig(path: string): ServerConfig {
  const parsed = serverConfigSchema.safeParse(parse(readFileSync(path, 'utf8')));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new FrameworkError('CONFIG_INVALID', `${path}: ${issue?.path.join('.')}: ${issue?.message}`);
  }
  return parsed.data;
}

export interface LiveKitServer {
  url: string;
  apiKey: string;
  apiSecret: string;
  config: ServerConfig;
  pid: number;
  close(): Promise<void>;
}

async function tcpPortFree(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen({ host, port, exclusive: true }, () => server.close(() => resolve(true)));
  });
}

async function udpPortFree(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createSocket('udp4');
    socket.once('error', () => resolve(false));
    socket.bind({ address: host, port, exclusive: true }, () => socket.close(() => resolve(true)));
  });
}

/** Throws PORT_IN_USE naming the first port of the config that another program holds. */
export async function assertPortsFree(config: ServerConfig, configName: string): Promise<void> {
  const host = config.bind_addresses?.[0] ?? '127.0.0.1';
  const checks: [string, number, () => Promise<boolean>][] = [
    ['port', config.port, () => tcpPortFree(host, config.port)],
    ['rtc.udp_port', config.rtc.udp_port, () => udpPortFree(host, config.rtc.udp_port)],
  ];
  if (config.rtc.tcp_port)
    checks.push(['rtc.tcp_port', config.rtc.tcp_port, () => tcpPortFree('0.0.0.0', config.rtc.tcp_port!)]);
  for (const [field, port, free] of checks) {
    if (!(await free())) {
      throw new FrameworkError(
        'PORT_IN_USE',
        `port ${port} (${field} in ${configName}) on ${host} is already in use by another program; stop it or change ${field}`,
      );
    }
  }
}

async function answers(url: string): Promise<boolean> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(1000) });
    return response.ok;
  } catch {
    return false;
  }
}

/** True when a LiveKit server answers its health check at this URL (ws:// or http://). */
export function liveKitAnswers(url: string): Promise<boolean> {
  return answers(url.replace(/^ws/, 'http'));
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const kill = setTimeout(() => child.kill('SIGKILL'), 5000);
    child.once('exit', () => {
      clearTimeout(kill);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

export interface StartOptions {
  binary: string;
  config: ServerConfig;
  /** Name used in messages: the config file the user knows, e.g. livekit.yaml. */
  configName: string;
  logger: Logger;
  readyTimeoutMs?: number;
}

export async function startLiveKitServer(options: StartOptions): Promise<LiveKitServer> {
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
  const collect = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-8000);
    for (const line of chunk.toString().split('\n'))
      if (line.trim()) logger.debug({ source: 'livekit-server' }, line);
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);

  const host = config.bind_addresses?.[0] ?? '127.0.0.1';
  const httpUrl = `http://${host}:${config.port}`;
  const exited = new Promise<never>((_, reject) =>
    child.once('exit', (code) => {
      const portTaken = /address already in use/.test(output);
      const reason = portTaken
        ? `a port of ${configName} is already in use`
        : (output.trim().split('\n').at(-1) ?? 'no output');
      reject(
        new FrameworkError(
          portTaken ? 'PORT_IN_USE' : 'SERVER_UNREACHABLE',
          `livekit-server exited (code ${code}) before it was ready: ${reason}`,
        ),
      );
    }),
  );
  const deadline = Date.now() + (options.readyTimeoutMs ?? 20_000);
  const ready = (async () => {
    while (Date.now() < deadline) {
      if (await answers(httpUrl)) return;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new FrameworkError(
      'SERVER_UNREACHABLE',
      `livekit-server did not answer at ${httpUrl} within ${options.readyTimeoutMs ?? 20_000} ms`,
    );
  })();

  const close = async () => {
    await stopChild(child);
    await rm(dir, { recursive: true, force: true });
  };
  try {
    await Promise.race([ready, exited]);
  } catch (error) {
    await close();
    throw error;
  }
  exited.catch(() => undefined);

  const [apiKey, apiSecret] = Object.entries(config.keys)[0] ?? [];
  if (!apiKey || !apiSecret)
    throw new FrameworkError('CONFIG_INVALID', `${configName}: keys must hold one API key pair`);
  return { url: `ws://${host}:${config.port}`, apiKey, apiSecret, config, pid: child.pid ?? -1, close };
}

/**
 * Starts the server on loopback ports the OS calls free (setting them in `options.config`). A port found
 * free can be taken by another process before the server binds it, so a start that fails on a taken port
 * is tried again on new ones, up to three times.
 */
export async function startLiveKitOnFreePorts(options: StartOptions): Promise<LiveKitServer> {
  for (let attempt = 1; ; attempt++) {
    options.config.port = await freePort();
    options.config.rtc.udp_port = await freeUdpPort();
    try {
      return await startLiveKitServer(options);
    } catch (error) {
      if (attempt === 3 || !isFrameworkError(error, 'PORT_IN_USE')) throw error;
      options.logger.warn(
        { attempt, error: (error as Error).message },
        'livekit-server port taken; new ports',
      );
    }
  }
}
