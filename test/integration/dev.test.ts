// Scenario: a developer runs `pnpm dev`. With no server running it starts its own LiveKit server and the
// worker, prints a room and a token; a participant joining with that token hears itself echoed. Ctrl-C
// ends that room at once and stops what dev started. With a server already running, dev uses it and leaves it running on Ctrl-C.
import { writeFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dispose } from '@livekit/rtc-node';
import { afterAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { readServerConfig } from '../../src/dispatch/livekit-process.js';
import { VoiceParticipant } from '../../src/room/voice-participant.js';
import { speechWav } from '../fixtures/speech.js';
import { LIVEKIT_YAML, startTestLiveKit } from '../harness/livekit.js';
import { freePort, freeUdpPort, isRunning } from '../harness/processes.js';
import { type CliRun, runCli } from '../harness/worker.js';

async function interrupt(run: CliRun): Promise<number | null> {
  run.child.kill('SIGINT');
  return run.exited;
}

function printed(run: CliRun, label: string): string {
  const line = run.lines.find((l) => l.trimStart().startsWith(label));
  if (!line) throw new Error(`dev printed no "${label}" line:\n${run.lines.join('\n')}`);
  return line.trim().slice(label.length).trim();
}

describe('pnpm dev', { timeout: 120_000 }, () => {
  const runs: CliRun[] = [];
  afterAll(async () => {
    for (const run of runs) await run.stop();
    await dispose();
  });

  it('starts a server and a worker; the printed token joins a room where the agent echoes; Ctrl-C stops both', async () => {
    const config = readServerConfig(LIVEKIT_YAML);
    config.port = await freePort();
    config.rtc.udp_port = await freeUdpPort();
    const configPath = join(await mkdtemp(join(tmpdir(), 'dev-')), 'livekit.yaml');
    writeFileSync(configPath, stringify(config));

    const dev = runCli('dev', {
      LIVEKIT_URL: `ws://127.0.0.1:${config.port}`,
      LIVEKIT_CONFIG_FILE: configPath,
      DEV_ROOM: 'dev-test',
    });
    runs.push(dev);
    await dev.waitFor(/ready: join the room/, 60_000);
    await dev.waitFor(/Token/);
    const url = printed(dev, 'LiveKit URL');
    expect(url).toBe(`ws://127.0.0.1:${config.port}`);
    expect(printed(dev, 'Room')).toBe('dev-test');

    const you = new VoiceParticipant();
    await you.join(url, printed(dev, 'Token'));
    await you.waitForParticipant((p) => p.identity.startsWith('agent-'));
    const spokeUntil = await you.speak(speechWav('question', '48k'));
    await expect
      .poll(() => you.loudMsAfter(spokeUntil), { timeout: 20_000, interval: 250 })
      .toBeGreaterThan(1000);
    const pids = dev.pids();

    // Ctrl-C with the room still open: dev ends it at once rather than draining (which would wait for
    // the room to finish, up to WORKER_DRAIN_TIMEOUT).
    expect(await interrupt(dev)).toBe(130);
    expect(dev.lines.some((l) => l.includes('ending the rooms still running'))).toBe(true);
    expect(dev.lines.some((l) => l.includes('draining'))).toBe(false);
    await expect.poll(() => pids.filter(isRunning), { timeout: 15_000 }).toEqual([]);
    await you.leave();
  });

  it('reuses a server that is already running and leaves it running on Ctrl-C', async () => {
    const livekit = await startTestLiveKit();
    try {
      const dev = runCli('dev', {
        LIVEKIT_URL: livekit.url,
        LIVEKIT_API_KEY: livekit.apiKey,
        LIVEKIT_API_SECRET: livekit.apiSecret,
      });
      runs.push(dev);
      await dev.waitFor(/using the LiveKit server already running/);
      await dev.waitFor(/ready: join the room/, 60_000);
      expect(await interrupt(dev)).toBe(130);
      expect(isRunning(livekit.pid)).toBe(true);
      expect(await (await fetch(livekit.url.replace('ws', 'http'))).text()).toBe('OK');
    } finally {
      await livekit.close();
    }
  });
});
