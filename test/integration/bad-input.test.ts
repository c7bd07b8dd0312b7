// Scenario: a user starts the worker or `pnpm dev` with something wrong: credentials the server rejects, a
// server that is not there, a port another program holds. Each ends with one clear log line naming the
// URL or port and the cause, a non-zero exit, and no retries or stack traces.
import { createSocket } from 'node:dgram';
import { writeFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { readServerConfig } from '../../src/dispatch/livekit-process.js';
import { LIVEKIT_YAML, startTestLiveKit, type TestLiveKit } from '../harness/livekit.js';
import { freePort, freeUdpPort } from '../harness/processes.js';
import { runCli } from '../harness/worker.js';

async function runToExit(script: string, env: Record<string, string>) {
  const run = runCli(script, env);
  const timer = setTimeout(() => void run.stop(), 30_000);
  const code = await run.exited;
  clearTimeout(timer);
  return { code, lines: run.lines };
}

function expectOneClearLine(lines: string[], ...mentions: (string | RegExp)[]) {
  const entries = lines.map((line) => JSON.parse(line) as { level: number; msg: string; err?: unknown });
  const problems = entries.filter((entry) => entry.level >= 40);
  expect(problems, lines.join('\n')).toHaveLength(1);
  expect(lines.join('\n')).not.toMatch(/\n\s+at /); // no stack trace anywhere
  // A few progress lines before it (pnpm dev: the API it serves, the server it starts), none repeated: no
  // retry storm.
  expect(entries.length).toBeLessThanOrEqual(3);
  expect(new Set(entries.map((entry) => entry.msg)).size).toBe(entries.length);
  const [problem] = problems;
  expect(problem!.level).toBe(50);
  for (const mention of mentions) expect(problem!.msg).toMatch(mention);
}

describe('bad input to the worker and pnpm dev', () => {
  let livekit: TestLiveKit;
  const held: (Server | ReturnType<typeof createSocket>)[] = [];

  beforeAll(async () => {
    livekit = await startTestLiveKit();
  });

  afterAll(async () => {
    for (const h of held) h.close();
    await livekit?.close();
  });

  it('wrong credentials: names the URL and the rejected key', async () => {
    const { code, lines } = await runToExit('start', {
      LIVEKIT_URL: livekit.url,
      LIVEKIT_API_KEY: livekit.apiKey,
      LIVEKIT_API_SECRET: 'not-the-secret-not-the-secret-not-the-secret',
    });
    expect(code).toBe(1);
    expectOneClearLine(lines, livekit.url, /rejected API key "devkey"/, /LIVEKIT_API_SECRET/);
  });

  it('unreachable server: names the URL and the cause', async () => {
    const url = `ws://127.0.0.1:${await freePort()}`;
    const { code, lines } = await runToExit('start', { LIVEKIT_URL: url });
    expect(code).toBe(1);
    expectOneClearLine(lines, url, /ECONNREFUSED/);
  });

  it('a malformed LIVEKIT_URL is named', async () => {
    const { code, lines } = await runToExit('start', { LIVEKIT_URL: 'livekit.local:7880' });
    expect(code).toBe(1);
    expectOneClearLine(lines, /LIVEKIT_URL "livekit.local:7880"/);
  });

  async function devConfigWith(ports: { port: number; udp: number }): Promise<string> {
    const config = readServerConfig(LIVEKIT_YAML);
    config.port = ports.port;
    config.rtc.udp_port = ports.udp;
    const path = join(await mkdtemp(join(tmpdir(), 'dev-config-')), 'livekit.yaml');
    writeFileSync(path, stringify(config));
    return path;
  }

  it('pnpm dev with the signalling port taken by another program: names the port', async () => {
    const server = createServer((socket) => socket.on('data', () => undefined)); // accepts, never answers
    held.push(server);
    const port = await new Promise<number>((resolve) =>
      server.listen(0, '127.0.0.1', () => resolve((server.address() as { port: number }).port)),
    );
    const config = await devConfigWith({ port, udp: await freeUdpPort() });
    const { code, lines } = await runToExit('dev', {
      LIVEKIT_URL: `ws://127.0.0.1:${port}`,
      LIVEKIT_CONFIG_FILE: config,
    });
    expect(code).toBe(1);
    expectOneClearLine(lines, new RegExp(`port ${port} \\(port in ${config}\\)`), /already in use/);
  });

  it('pnpm dev with the media UDP port taken: names the port', async () => {
    const socket = createSocket('udp4');
    held.push(socket);
    const udp = await new Promise<number>((resolve) =>
      socket.bind(0, '127.0.0.1', () => resolve(socket.address().port)),
    );
    const port = await freePort();
    const config = await devConfigWith({ port, udp });
    const { code, lines } = await runToExit('dev', {
      LIVEKIT_URL: `ws://127.0.0.1:${port}`,
      LIVEKIT_CONFIG_FILE: config,
    });
    expect(code).toBe(1);
    expectOneClearLine(lines, new RegExp(`port ${udp} \\(rtc.udp_port in ${config}\\)`), /already in use/);
  });
});
