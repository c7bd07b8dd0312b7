// Scenario: in a shared room the agent is answering Alice (a six-second chirp, whose pitch says how far
// into the answer a listener got) when Bob talks over it. The agent stops at once; the model's copy of
// the cut answer is truncated to what Carol, who only listens, actually received; and Bob's words are
// a turn of his own, labelled with his name.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { concatSamples } from '../../src/audio/pcm.js';
import { scriptBehaviour } from '../../src/engine/index.js';
import { soundWav, speechWav } from '../fixtures/speech.js';
import { chirpHeardMs, chirpOrder } from '../harness/chirp.js';
import { definition, type RoomAgentStack, startRoomAgentStack } from '../harness/room-agent.js';
import { heldTurns } from './conversation-view.js';

const meeting = definition({
  name: 'meeting-tone',
  model: { provider: 'local', behaviour: 'echo' },
  participants: { mode: 'shared', floor: 'open' },
});

describe('talking over the agent in a shared room', { timeout: 180_000 }, () => {
  let stack: RoomAgentStack;

  beforeAll(async () => {
    stack = await startRoomAgentStack({
      behaviour: scriptBehaviour({
        turns: [{ wav: soundWav('chirp-6s-24k'), transcript: 'a long chirp' }],
        after_last: 'repeat',
      }),
    });
  });
  afterAll(() => stack?.close());

  it('stops within a frame, truncates to what listeners received, and attributes the new turn', async () => {
    const alice = await stack.join('barge-shared', 'alice', 'Alice');
    const bob = await stack.join('barge-shared', 'bob', 'Bob');
    const carol = await stack.join('barge-shared', 'carol', 'Carol');
    const inRoom = await stack.start('barge-shared', meeting);
    await carol.waitForParticipant((p) => p.identity === 'agent-barge-shared');

    await alice.speak(speechWav('short'));
    // Each person's clock counts from their own join: the answer's start, on Carol's clock.
    const asked = carol.now();
    // The answer (a 6 s chirp) is playing: Carol has heard two seconds of it.
    await expect
      .poll(() => carol.loudMsAfter(asked, -30, 'agent-voice'), { timeout: 20_000, interval: 50 })
      .toBeGreaterThan(2_000);
    await bob.speak(speechWav('interrupt'));

    const [cut] = inRoom.of('interrupted');
    expect(cut).toMatchObject({ by: { identity: 'bob', name: 'Bob' } });
    // What Carol received of the answer, as far as the chirp got (its pitch, not a count of milliseconds:
    // her jitter buffer stretches and conceals audio on a busy machine).
    const answer = carol.heard.flatMap((chunk, i) =>
      chunk.track === 'agent-voice' && chunk.at > asked ? [carol.frames[i]!] : [],
    );
    const heardMs = chirpHeardMs(concatSamples(answer), 48_000)!;
    // She heard the answer as it was sent: the chirp moves on 20 ms in (nearly) every 20 ms she heard.
    expect(chirpOrder(concatSamples(answer), 48_000).inOrder).toBeGreaterThan(0.9);
    expect(heardMs).toBeGreaterThan(2_000);
    expect(heardMs).toBeLessThan(5_000);

    // The model's copy of the answer is cut to what the agent counted heard.
    const answerMs = () => {
      const items = stack.engine.sessions().find((session) => session.open)?.items ?? [];
      const answer = items.find((item) => item.type === 'message' && item.role === 'assistant');
      return answer?.type === 'message' ? answer.audioMs : undefined;
    };
    // The engine keeps audio in 50 ms steps of the truncation point.
    await expect.poll(answerMs, { timeout: 5_000 }).toBeLessThan(cut!.heardMs + 50);
    console.info(
      `barge-in: the agent counted ${cut!.heardMs} ms heard, Carol received ${Math.round(heardMs)} ms of the ` +
        `chirp, the engine kept ${answerMs()} ms`,
    );
    expect(Math.abs(cut!.heardMs - heardMs)).toBeLessThanOrEqual(40);
    expect(Math.abs(answerMs()! - heardMs)).toBeLessThanOrEqual(40);

    // Bob's interruption is a turn of his own.
    await expect
      .poll(() => heldTurns(stack.engine).map((turn) => turn.speaker), { timeout: 20_000 })
      .toEqual(['alice', 'bob']);
  });
});
