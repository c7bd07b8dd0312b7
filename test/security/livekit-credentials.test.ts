// Scenario: an operator points `pnpm start` at a LiveKit server that is not on this machine and forgets
// the keys. The worker must not fall back to the public development pair: it stops with one clear line
// naming the URL and the missing variables. A local server still works without keys.
import { describe, expect, it } from 'vitest';
import { credentialsFromEnv, DEV_API_KEY } from '../../src/dispatch/credentials.js';
import { isFrameworkError } from '../../src/errors.js';
import { runCli } from '../harness/worker.js';

describe('LiveKit credentials', () => {
  it('pnpm start refuses a remote LIVEKIT_URL without explicit keys, in one line', async () => {
    const run = runCli('start', {
      LIVEKIT_URL: 'wss://livekit.example.com',
      LIVEKIT_API_KEY: '',
      LIVEKIT_API_SECRET: '',
    });
    const timer = setTimeout(() => void run.stop(), 30_000);
    const code = await run.exited;
    clearTimeout(timer);
    expect(code).toBe(1);
    expect(run.lines, run.lines.join('\n')).toHaveLength(1);
    const line = JSON.parse(run.lines[0]!) as { level: number; msg: string; code: string };
    expect(line.level).toBe(50);
    expect(line.code).toBe('CONFIG_INVALID');
    expect(line.msg).toMatch(/wss:\/\/livekit\.example\.com is not on this machine/);
    expect(line.msg).toMatch(/LIVEKIT_API_KEY and LIVEKIT_API_SECRET are not set/);
  });

  it('names the one key that is missing', () => {
    let error: unknown;
    try {
      credentialsFromEnv({ LIVEKIT_URL: 'wss://lk.example.com', LIVEKIT_API_KEY: 'APIabc' });
    } catch (caught) {
      error = caught;
    }
    expect(isFrameworkError(error, 'CONFIG_INVALID')).toBe(true);
    expect((error as Error).message).toMatch(/LIVEKIT_API_SECRET is not set/);
  });

  it('uses the development pair only for a server on this machine', () => {
    for (const url of ['ws://127.0.0.1:7880', 'ws://localhost:7880', 'ws://[::1]:7880']) {
      expect(credentialsFromEnv({ LIVEKIT_URL: url }).apiKey).toBe(DEV_API_KEY);
    }
    expect(
      credentialsFromEnv({
        LIVEKIT_URL: 'wss://lk.example.com',
        LIVEKIT_API_KEY: 'APIabc',
        LIVEKIT_API_SECRET: 'own-secret-own-secret',
      }),
    ).toMatchObject({ url: 'wss://lk.example.com', apiKey: 'APIabc' });
  });
});
