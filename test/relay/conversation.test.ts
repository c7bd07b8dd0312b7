// The shared conversation's turn-taking, one module at a time with stand-ins for the model and the room
// (the room tests show the same with real parts): who holds the floor, how turns that overlap are
// ordered and labelled, what happens when the model keeps a turn open or a speaker leaves mid-turn, and
// how the floor policy decides from streamed transcripts.
import { describe, expect, it, vi } from 'vitest';
import type { AgentEvents } from '../../src/relay/agent-events.js';
import type { ConversationOptions } from '../../src/relay/conversation.js';
import { FloorPolicy } from '../../src/relay/floor-policy.js';
import { fakeConversation, TestSpeaker } from './fakes.js';

const settle = () => new Promise((resolve) => setTimeout(resolve, 10));

function shared(options: Partial<ConversationOptions> = {}) {
  const made = fakeConversation(options);
  const seen = {
    turn: [] as AgentEvents['turn'][],
    decision: [] as AgentEvents['decision'][],
    interrupted: [] as AgentEvents['interrupted'][],
  };
  made.events.on('turn', (turn) => seen.turn.push(turn));
  made.events.on('decision', (decision) => seen.decision.push(decision));
  made.events.on('interrupted', (cut) => seen.interrupted.push(cut));
  return { ...made, seen };
}

describe('a shared conversation', () => {
  it('sends turns that overlap the live one after it, in the order people started, each labelled', async () => {
    const { talk, session, seen } = shared();
    const [alice, bob, carol] = ['alice', 'bob', 'carol'].map((who) => new TestSpeaker(who));
    for (const speaker of [alice!, bob!, carol!]) talk.add(speaker);

    alice!.startsTalking();
    await alice!.talks(400);
    session.serve('speech_started', { itemId: 'item_a' });
    carol!.startsTalking(); // Carol, then Bob, start while Alice holds the floor
    await carol!.talks(300);
    bob!.startsTalking();
    await bob!.talks(500);
    bob!.stopsTalking();
    carol!.stopsTalking();
    expect(session.of('item')).toEqual([]); // nothing is sent while Alice's turn is open

    alice!.stopsTalking();
    session.serve('committed', { itemId: 'item_a', previousItemId: 'item_before' });
    await settle();
    expect(
      session.of('item').map(({ text, previousItemId, samples }) => ({ text, previousItemId, samples })),
    ).toEqual([
      { text: '[speaker: alice]', previousItemId: 'item_before', samples: undefined },
      { text: '[speaker: carol]', previousItemId: undefined, samples: 300 * 24 },
      { text: '[speaker: bob]', previousItemId: undefined, samples: 500 * 24 },
    ]);
    expect(seen.turn.map((turn) => [turn.speaker?.identity, turn.live])).toEqual([
      ['alice', true],
      ['carol', false],
      ['bob', false],
    ]);
    // One answer for the turns so far.
    expect(session.of('respond')).toHaveLength(1);
  });

  it('passes the floor to someone still talking: what they said so far, then live', async () => {
    const { talk, session } = shared();
    const alice = new TestSpeaker('alice');
    const bob = new TestSpeaker('bob');
    talk.add(alice);
    talk.add(bob);
    alice.startsTalking();
    await alice.talks(200);
    session.serve('speech_started', { itemId: 'item_a' });
    bob.startsTalking();
    await bob.talks(600);
    alice.stopsTalking();
    session.serve('committed', { itemId: 'item_a', previousItemId: null });
    await settle();
    const appended = session.of('append').map((call) => call.samples);
    expect(appended.at(-1)).toBe(600 * 24); // Bob's buffered audio, in one burst
    await bob.talks(100);
    expect(session.of('append').length).toBe(appended.length + 5); // then his frames, live
    expect(session.of('item').map((item) => item.text)).toEqual(['[speaker: alice]']);
  });

  it('commits a live turn the model keeps open after its speaker went quiet', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const { talk, session } = shared();
      const alice = new TestSpeaker('alice');
      talk.add(alice);
      alice.startsTalking();
      await alice.talks(400);
      session.serve('speech_started', { itemId: 'item_a' });
      alice.stopsTalking();
      vi.advanceTimersByTime(1_900);
      expect(session.of('commit')).toEqual([]);
      vi.advanceTimersByTime(200);
      expect(session.of('commit')).toHaveLength(1);
    } finally {
      vi.useRealTimers();
    }
  });

  it("waits for the model's detector when it lags the relay's, and keeps the turn", async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const { talk, session } = shared();
      const alice = new TestSpeaker('alice');
      talk.add(alice);
      alice.startsTalking();
      await alice.talks(400);
      alice.stopsTalking(); // the relay heard the end before the model heard the start
      vi.advanceTimersByTime(300);
      session.serve('speech_started', { itemId: 'item_a' });
      session.serve('speech_stopped', { itemId: 'item_a' });
      session.serve('committed', { itemId: 'item_a', previousItemId: null });
      vi.advanceTimersByTime(5_000);
      expect(session.of('clear')).toEqual([]);
      expect(session.of('item').map((item) => item.text)).toEqual(['[speaker: alice]']);
    } finally {
      vi.useRealTimers();
    }
  });

  it('drops what it streamed when the model never heard speech in it, and passes the floor on', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const { talk, session } = shared();
      const alice = new TestSpeaker('alice');
      const bob = new TestSpeaker('bob');
      talk.add(alice);
      talk.add(bob);
      alice.startsTalking();
      await alice.talks(200);
      alice.stopsTalking(); // a cough the model's detector ignored
      bob.startsTalking();
      await bob.talks(300);
      bob.stopsTalking();
      expect(session.of('clear')).toEqual([]);
      vi.advanceTimersByTime(2_100); // the silence window and the grace
      expect(session.of('clear')).toHaveLength(1);
      expect(session.of('commit')).toEqual([]);
      // Bob, buffered meanwhile, is sent as his own turn.
      expect(session.of('item').map((item) => item.text)).toEqual(['[speaker: bob]']);
    } finally {
      vi.useRealTimers();
    }
  });

  it('keeps what a person said before leaving mid-turn, live or buffered', async () => {
    const { talk, session, seen } = shared();
    const alice = new TestSpeaker('alice');
    const bob = new TestSpeaker('bob');
    talk.add(alice);
    talk.add(bob);
    alice.startsTalking();
    await alice.talks(400);
    session.serve('speech_started', { itemId: 'item_a' });
    bob.startsTalking();
    await bob.talks(300);
    await bob.leaves();
    await alice.leaves();
    expect(session.of('commit')).toHaveLength(1);
    session.serve('committed', { itemId: 'item_a', previousItemId: null });
    await settle();
    expect(seen.turn.map((turn) => turn.speaker?.identity)).toEqual(['alice', 'bob']);
    expect(session.of('item').at(-1)).toMatchObject({ text: '[speaker: bob]', samples: 300 * 24 });
  });

  it('answers an addressed turn as soon as a streamed transcript names the agent', async () => {
    const { talk, session, seen } = shared({
      floor: new FloorPolicy('addressed', ['assistant']),
    });
    const alice = new TestSpeaker('alice');
    talk.add(alice);
    alice.startsTalking();
    await alice.talks(400);
    session.serve('speech_started', { itemId: 'item_a' });
    alice.stopsTalking();
    session.serve('committed', { itemId: 'item_a', previousItemId: null });
    session.serve('input_transcript', { itemId: 'item_a', delta: 'so what does the ' });
    expect(session.of('respond')).toEqual([]);
    session.serve('input_transcript', { itemId: 'item_a', delta: 'asistant think' });
    expect(session.of('respond')).toHaveLength(1);
    expect(seen.decision).toEqual([
      expect.objectContaining({ answer: true, reason: 'addressed as "assistant"' }),
    ]);
    // A later turn whose transcription fails is not answered.
    alice.startsTalking();
    await alice.talks(400);
    session.serve('speech_started', { itemId: 'item_b' });
    alice.stopsTalking();
    session.serve('committed', { itemId: 'item_b', previousItemId: null });
    session.serve('input_transcript_failed', { itemId: 'item_b', message: 'audio_unintelligible' });
    expect(seen.decision.at(-1)).toMatchObject({
      answer: false,
      reason: 'no transcript to decide on: audio_unintelligible',
    });
  });

  it('lets only the holder cut the agent off under first-speaker', async () => {
    const { talk, session, output, seen } = shared({ floor: new FloorPolicy('first-speaker', []) });
    const alice = new TestSpeaker('alice');
    const bob = new TestSpeaker('bob');
    talk.add(alice);
    talk.add(bob);
    alice.startsTalking();
    await alice.talks(300);
    session.serve('speech_started', { itemId: 'item_a' });
    alice.stopsTalking();
    session.serve('committed', { itemId: 'item_a', previousItemId: null });
    output.setSpeaking(true);
    bob.startsTalking();
    expect(output.interrupted).toBe(0);
    await bob.talks(200);
    bob.stopsTalking();
    alice.startsTalking();
    expect(output.interrupted).toBe(1);
    expect(seen.interrupted).toEqual([expect.objectContaining({ by: { identity: 'alice', name: 'alice' } })]);
  });

  it("acts for the person an answer is for, though someone else's turn ends while it is given", async () => {
    const { talk, session } = shared();
    const [alice, bob] = ['alice', 'bob'].map((who) => new TestSpeaker(who));
    for (const speaker of [alice!, bob!]) talk.add(speaker);
    const turn = async (speaker: TestSpeaker, itemId: string) => {
      speaker.startsTalking();
      await speaker.talks(400);
      session.serve('speech_started', { itemId });
      speaker.stopsTalking();
      session.serve('committed', { itemId, previousItemId: null });
      await settle();
    };

    await turn(alice!, 'item_a');
    session.serve('response_started', { responseId: 'resp_alice' });
    // Bob's turn ends while Alice's answer is being given: his own answer is asked for, to come next.
    await turn(bob!, 'item_b');
    expect(session.of('respond')).toHaveLength(2);
    expect(talk.caller()?.identity).toBe('alice'); // the tools of the answer being given act for Alice
    session.serve('response_started', { responseId: 'resp_bob' });
    expect(talk.caller()?.identity).toBe('bob');
    // The result of a tool Alice's answer called comes back now: the answer that goes on from it is hers.
    talk.continueAfterTool(alice!.participant);
    session.serve('response_started', { responseId: 'resp_alice_again' });
    expect(talk.caller()?.identity).toBe('alice');
  });
});
