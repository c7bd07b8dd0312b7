// Scenario: the echo agent is repeating what Alice said when she talks over it. It stops speaking at
// once (well before she has finished), cuts the interrupted answer in the model's memory to what she
// heard, and answers her new turn when it ends.
import { dispose } from '@livekit/rtc-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VoiceParticipant } from '../../src/room/voice-participant.js';
import { speechWav } from '../fixtures/speech.js';
import { startTestLiveKit, type TestLiveKit } from '../harness/livekit.js';
import { type CliRun, runCli } from '../harness/worker.js';

const AGENT_NAME = 'barge-in-test';

describe('talking over the agent', { timeout: 120_000 }, () => {
  let livekit: TestLiveKit;
  let worker: CliRun;

  beforeAll(async () => {
    livekit = await startTestLiveKit();
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

  it('stops the answer, truncates it to what was heard, and answers the new turn', async () => {
    const room = 'barge-in-room';
    await livekit.rooms.createRoom({ name: room });
    await livekit.dispatches.createDispatch(room, AGENT_NAME);
    const alice = new VoiceParticipant();
    await alice.join(livekit.url, await livekit.token(room, 'alice'));
    await alice.waitForParticipant((p) => p.identity.startsWith('agent-'));
    await expect.poll(() => alice.loudMsAfter(0), { timeout: 20_000, interval: 250 }).toBeGreaterThan(1000);
    await expect
      .poll(() => alice.loudMsAfter(alice.now() - 1500), { timeout: 20_000, interval: 250 })
      .toBe(0);

    // A long turn, so its echo (about 5 s of speech) is still playing when Alice cuts in.
    const firstEnded = await alice.speak(speechWav('hello', '48k'));
    await expect
      .poll(() => alice.loudMsAfter(firstEnded), { timeout: 20_000, interval: 100 })
      .toBeGreaterThan(1000);

    const cutInAt = alice.now();
    const cutInEnded = await alice.speak(speechWav('interrupt', '48k'));
    // Through the second half of her words the agent is quiet (its VAD needs a moment to hear her). Her
    // words end 0.8 s before the WAV does (trailing silence); after that the agent may answer.
    const wordsEnded = cutInEnded - 800;
    const quietFrom = cutInAt + (wordsEnded - cutInAt) / 2;
    expect(alice.heard.filter((c) => c.at > quietFrom && c.at < wordsEnded && c.rmsDbfs > -40)).toEqual([]);

    const barged = JSON.parse(await worker.waitFor(/barge-in: stopped speaking/, 10_000)) as {
      outcome: string;
      playedMs: number;
    };
    expect(barged.outcome).toBe('truncated');
    expect(barged.playedMs).toBeGreaterThan(500);
    expect(barged.playedMs).toBeLessThan(5000);

    // Then her new turn is answered.
    await expect
      .poll(() => alice.loudMsAfter(cutInEnded), { timeout: 20_000, interval: 250 })
      .toBeGreaterThan(800);
    await alice.leave();
  });
});
