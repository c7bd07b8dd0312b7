// Scenario: one agent hears a whole room (participants.mode shared). Alice, Bob and Carol talk over each
// other; the model's conversation must hold every turn once, labelled with its speaker, in the order
// people started talking. Then Dave joins mid-conversation and Bob leaves in the middle of a sentence:
// Dave is heard, and what Bob said before leaving is kept. The agent greets the room once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { echoBehaviour } from '../../src/engine/index.js';
import { speechWav } from '../fixtures/speech.js';
import { definition, type RoomAgentStack, startRoomAgentStack } from '../harness/room-agent.js';
import { heldTurns, stretches } from './conversation-view.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const meeting = definition({
  name: 'meeting-echo',
  model: { provider: 'local', behaviour: 'echo' },
  greeting: 'Hello everyone.',
  participants: { mode: 'shared', floor: 'open', departure_timeout: '2s' },
});

describe('one agent hearing the whole room', { timeout: 180_000 }, () => {
  let stack: RoomAgentStack;

  beforeAll(async () => {
    stack = await startRoomAgentStack({ behaviour: echoBehaviour() });
  });
  afterAll(() => stack?.close());

  it('keeps every overlapping turn, attributed, in speaking order; a late joiner and a leaver mid-turn too', async () => {
    const alice = await stack.join('standup', 'alice', 'Alice Adams');
    const bob = await stack.join('standup', 'bob', 'Bob Brown');
    const carol = await stack.join('standup', 'carol', 'Carol Chen');
    const inRoom = await stack.start('standup', meeting);
    await alice.waitForParticipant((p) => p.identity === 'agent-standup');
    // One greeting for the room, not one per person.
    await expect.poll(() => inRoom.of('usage').length, { timeout: 20_000 }).toBe(1);
    await sleep(3_000);
    expect(inRoom.of('usage')).toHaveLength(1);

    // Alice starts; Bob cuts in 1.5 s later; Carol 3 s after Alice, while both still talk.
    await Promise.all([
      alice.speak(speechWav('hello')),
      sleep(1_500).then(() => bob.speak(speechWav('question'))),
      sleep(3_000).then(() => carol.speak(speechWav('short'))),
    ]);
    await expect
      .poll(() => stretches(heldTurns(stack.engine)).map((stretch) => stretch.speaker), { timeout: 20_000 })
      .toEqual(['alice', 'bob', 'carol']);
    const first = heldTurns(stack.engine);
    const labels = new Map(first.map((turn) => [turn.speaker, turn.label]));
    expect(labels).toEqual(
      new Map([
        ['alice', '[speaker: Alice Adams (id alice)]'],
        ['bob', '[speaker: Bob Brown (id bob)]'],
        ['carol', '[speaker: Carol Chen (id carol)]'],
      ]),
    );
    // Alice held the floor (streamed live). Carol, who finished while the others talked, was buffered and
    // sent as an item of her own; Bob, still talking when Alice's turn ended, took the floor from there.
    expect(first[0]!.buffered).toBe(false);
    expect(first.at(-1)!.buffered).toBe(true);
    // Each speaker's whole sentence is there once (speech lengths 4.9 s, 3.1 s and 1.5 s, plus the pauses
    // around them that turn detection keeps): nothing lost, nothing twice.
    const [alicesMs, bobsMs, carolsMs] = stretches(first).map((stretch) => stretch.audioMs);
    expect(alicesMs).toBeGreaterThan(4_500);
    expect(alicesMs).toBeLessThan(7_500);
    expect(bobsMs).toBeGreaterThan(2_800);
    expect(bobsMs).toBeLessThan(5_500);
    expect(carolsMs).toBeGreaterThan(1_200);
    expect(carolsMs).toBeLessThan(3_500);

    // Dave joins mid-conversation and talks; Bob starts talking over him and leaves mid-sentence.
    const dave = await stack.join('standup', 'dave', 'Dave');
    await sleep(1_000);
    const bobLeaves = sleep(1_000)
      .then(() => Promise.race([bob.speak(speechWav('hello')), sleep(2_000)]))
      .then(() => bob.leave());
    await Promise.all([dave.speak(speechWav('notes')), bobLeaves]);
    await expect
      .poll(() => stretches(heldTurns(stack.engine)).map((stretch) => stretch.speaker), { timeout: 20_000 })
      .toEqual(['alice', 'bob', 'carol', 'dave', 'bob']);
    const all = heldTurns(stack.engine);
    expect(all.slice(0, first.length)).toEqual(first);
    // Bob's two seconds of speech before he left are kept.
    const bobsLast = stretches(all).at(-1)!;
    expect(bobsLast.audioMs).toBeGreaterThan(1_200);
    expect(bobsLast.audioMs).toBeLessThan(3_500);

    // Every turn reached the events too, with its speaker, once.
    const turns = inRoom.of('turn').filter((turn) => turn.speaker);
    expect(turns.map((turn) => turn.speaker!.identity)).toEqual(all.map((turn) => turn.speaker));
    expect(turns.map((turn) => turn.live)).toEqual(all.map((turn) => !turn.buffered));
    await Promise.all([alice.leave(), carol.leave(), dave.leave()]);
  });
});
