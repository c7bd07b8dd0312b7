// Scenario: in a shared room the agent is answering Alice (a long, continuous tone, so every frame a
// listener hears is measurable) when Bob talks over it. The agent stops at once; the model's copy of
// the cut answer is truncated to what Carol, who only listens, actually received; and Bob's words are
// a turn of his own, labelled with his name.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scriptBehaviour } from '../../src/engine/index.js';
import { soundWav, speechWav } from '../fixtures/speech.js';
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
        turns: [{ wav: soundWav('tone-6s-24k'), transcript: 'a long tone' }],
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
    // The answer (a 6 s tone) is playing: Carol has heard two seconds of it.
    await expect
      .poll(() => carol.loudMsAfter(asked, -30, 'agent-voice'), { timeout: 20_000, interval: 50 })
      .toBeGreaterThan(2_000);
    await bob.speak(speechWav('interrupt'));

    const [cut] = inRoom.of('interrupted');
    expect(cut).toMatchObject({ by: { identity: 'bob', name: 'Bob' } });
    const cutAt = inRoom.events.find((event) => event.name === 'interrupted')!.at;
    const carolOffset = performance.now() - carol.now();
    const tone = carol.heard.filter(
      (chunk) => chunk.track === 'agent-voice' && chunk.at > asked && chunk.rmsDbfs > -30,
    );
    const lastToneAt = tone.at(-1)!.at + carolOffset;
    const heardMs = tone.reduce((sum, chunk) => sum + chunk.ms, 0);
    // What reached Carol after the cut was in flight already. Arrival times are noisy on a busy machine,
    // so they are reported; how much she received is what the checks below hold to.
    const afterCutMs = tone
      .filter((chunk) => chunk.at + carolOffset > cutAt)
      .reduce((sum, c) => sum + c.ms, 0);
    console.info(
      `cut heard ${cut!.heardMs} ms; Carol received ${heardMs} ms, ${afterCutMs} ms after the cut`,
    );
    expect(heardMs).toBeLessThan(5_000);

    // The model's copy of the answer is cut to what Carol received (within 40 ms).
    const answerMs = () => {
      const items = stack.engine.sessions().find((session) => session.open)?.items ?? [];
      const answer = items.find((item) => item.type === 'message' && item.role === 'assistant');
      return answer?.type === 'message' ? answer.audioMs : undefined;
    };
    // The engine keeps audio in 50 ms steps of the truncation point.
    await expect.poll(answerMs, { timeout: 5_000 }).toBeLessThan(cut!.heardMs + 50);
    expect(Math.abs(answerMs()! - heardMs)).toBeLessThanOrEqual(40);
    expect(Math.abs(cut!.heardMs - heardMs)).toBeLessThanOrEqual(40);

    // Bob's interruption is a turn of his own.
    await expect
      .poll(() => heldTurns(stack.engine).map((turn) => turn.speaker), { timeout: 20_000 })
      .toEqual(['alice', 'bob']);
    console.info(
      `barge-in: cut after ${cut!.heardMs} ms heard by the agent's clock, ${heardMs} ms received by Carol; ` +
        `${afterCutMs} ms of tone reached her after the cut, the last ${Math.round(lastToneAt - cutAt)} ms after it`,
    );
  });
});
