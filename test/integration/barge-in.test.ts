// Scenario: the echo agent is repeating what Alice said when she talks over it. It stops speaking at
// once (well before she has finished), cuts the interrupted answer in the model's memory to what she
// heard, and answers her new turn when it ends.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { speechWav } from '../fixtures/speech.js';
import { type AgentRoom, startAgentRoom } from '../harness/agent-room.js';

describe('talking over the agent', { timeout: 120_000 }, () => {
  let stack: AgentRoom;

  beforeAll(async () => {
    stack = await startAgentRoom('barge-in-test');
  });

  afterAll(() => stack?.close());

  it('stops the answer, truncates it to what was heard, and answers the new turn', async () => {
    const alice = await stack.join('barge-in-room', 'alice');
    expect(await alice.untilAgentDone({ sinceMs: 0, quietMs: 1_500, giveUpMs: 20_000 })).toBeGreaterThan(
      1000,
    );

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

    const barged = JSON.parse(await stack.worker.waitFor(/barge-in: stopped speaking/, 10_000)) as {
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
