// Scenario: a person joins a room on a real LiveKit server and speaks. The worker, dispatched by name,
// joins as an AGENT participant, greets, and plays the person's turn back once they stop talking. When the person
// leaves, the job ends and the agent leaves; stopping everything leaves no process behind.
import { execFileSync } from 'node:child_process';
import { dispose, ParticipantKind } from '@livekit/rtc-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VoiceParticipant } from '../../src/room/voice-participant.js';
import { speechWav } from '../fixtures/speech.js';
import { startTestLiveKit, type TestLiveKit } from '../harness/livekit.js';
import { isRunning } from '../harness/processes.js';
import { type CliRun, runCli } from '../harness/worker.js';

const AGENT_NAME = 'echo-test';

describe('worker in a real room', { timeout: 120_000 }, () => {
  let livekit: TestLiveKit;
  let worker: CliRun;
  const pids: number[] = [];

  beforeAll(async () => {
    livekit = await startTestLiveKit();
    pids.push(livekit.pid);
    worker = runCli('start', {
      LIVEKIT_URL: livekit.url,
      LIVEKIT_API_KEY: livekit.apiKey,
      LIVEKIT_API_SECRET: livekit.apiSecret,
      AGENT_NAME,
    });
    await worker.waitFor(/worker registered/);
  });

  afterAll(async () => {
    await worker?.stop();
    await livekit?.close();
    await dispose();
  });

  it('joins as an agent and echoes a participant after their speech ends', async () => {
    const room = 'echo-room';
    await livekit.rooms.createRoom({ name: room });
    await livekit.dispatches.createDispatch(room, AGENT_NAME);

    const alice = new VoiceParticipant();
    await alice.join(livekit.url, await livekit.token(room, 'alice'));
    const agent = await alice
      .waitForParticipant((p) => p.identity.startsWith('agent-'))
      .catch((error: unknown) =>
        Promise.reject(new Error(`${error}; the worker logged:\n${worker.lines.join('\n')}`)),
      );
    expect(agent.info.kind).toBe(ParticipantKind.AGENT);

    // The echo agent greets first (agents/echo.yaml `greeting`); Alice waits until it has finished.
    await expect.poll(() => alice.loudMsAfter(0), { timeout: 20_000, interval: 250 }).toBeGreaterThan(1000);
    await expect
      .poll(() => alice.loudMsAfter(alice.now() - 1500), { timeout: 20_000, interval: 250 })
      .toBe(0);
    const speechStartedAt = alice.now();
    const speechEndedAt = await alice.speak(speechWav('hello', '48k'));
    const speechMs = speechEndedAt - speechStartedAt;
    await expect
      .poll(() => alice.loudMsAfter(speechEndedAt), { timeout: 20_000, interval: 250 })
      .toBeGreaterThan(1500);
    // The echo is the whole turn: about as long as what was said (the WAV holds ~4.9 s of speech).
    await new Promise((r) => setTimeout(r, 6000));
    const echoedMs = alice.loudMsAfter(speechEndedAt);
    expect(echoedMs).toBeGreaterThan(2500);
    expect(echoedMs).toBeLessThan(speechMs + 2000);
    // Nothing loud came back while Alice was still speaking (echo waits for the end of the turn).
    expect(
      alice.heard.filter((c) => c.at > speechStartedAt && c.at < speechEndedAt - 500 && c.rmsDbfs > -40)
        .length,
    ).toBe(0);

    pids.push(...worker.pids());
    expect(pids.length).toBeGreaterThan(2); // the server, the worker and its job process

    await alice.leave();
    await worker.waitFor(/the last participant left/, 20_000);
    await expect
      .poll(async () => (await livekit.rooms.listParticipants(room).catch(() => [])).length, {
        timeout: 20_000,
        interval: 500,
      })
      .toBe(0);
  });

  it('leaves no livekit-server or worker process behind', async () => {
    await worker.stop();
    await livekit.close();
    const commandOf = (pid: number) => {
      try {
        return execFileSync('ps', ['-o', 'pid=,args=', '-p', String(pid)], { encoding: 'utf8' }).trim();
      } catch {
        return String(pid);
      }
    };
    await expect.poll(() => pids.filter(isRunning).map(commandOf), { timeout: 10_000 }).toEqual([]);
  });
});
