// Scenario: an interpreter-style agent gives each person a model session of their own
// (participants.mode per-participant). Alice and Bob talk at the same time; each hears the answer to
// their own words on a track only they may subscribe to. Checked from their side: the other person's
// answer track is withheld by the server, although asked for, and never heard.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { echoBehaviour } from '../../src/engine/index.js';
import { speechWav } from '../fixtures/speech.js';
import { definition, type RoomAgentStack, startRoomAgentStack } from '../harness/room-agent.js';

const interpreter = definition({
  name: 'interpreter',
  model: { provider: 'local', behaviour: 'echo' },
  participants: { mode: 'per-participant' },
});

describe('a session each, heard only by its participant', { timeout: 180_000 }, () => {
  let stack: RoomAgentStack;

  beforeAll(async () => {
    stack = await startRoomAgentStack({ behaviour: echoBehaviour() });
  });
  afterAll(() => stack?.close());

  it('answers two people talking at once, each on a private track', async () => {
    const alice = await stack.join('intl-1', 'alice', 'Alice');
    const bob = await stack.join('intl-1', 'bob', 'Bob');
    const inRoom = await stack.start('intl-1', interpreter);
    const agent = await alice.waitForParticipant((p) => p.identity === 'agent-intl-1');
    // Both private tracks are published (publications are visible to everyone) before anyone speaks.
    await expect.poll(() => agent.trackPublications.size, { timeout: 20_000 }).toBe(2);

    const [aliceEnded, bobEnded] = await Promise.all([
      alice.speak(speechWav('hello')), // 4.9 s of speech
      bob.speak(speechWav('short')), // 1.5 s of speech
    ]);
    const aliceHeard = await alice.untilAgentDone({ sinceMs: aliceEnded, quietMs: 1_500, giveUpMs: 15_000 });
    const bobHeard = await bob.untilAgentDone({ sinceMs: bobEnded, quietMs: 1_500, giveUpMs: 15_000 });

    // Each heard the echo of their own words, on their own track, and nothing from the other's.
    expect(aliceHeard).toBeGreaterThan(3_000);
    // Bob's echo is shorter than his 1.5 s (the engine's detector may start late on a busy machine); 300
    // loud ms tell an answer from silence.
    expect(bobHeard).toBeGreaterThan(300);
    expect(bobHeard).toBeLessThan(3_000);
    expect(alice.heard.filter((chunk) => chunk.track === 'agent-voice-bob')).toEqual([]);
    expect(bob.heard.filter((chunk) => chunk.track === 'agent-voice-alice')).toEqual([]);
    expect(alice.loudMsAfter(0, -40, 'agent-voice-alice')).toBeGreaterThan(3_000);
    expect(bob.loudMsAfter(0, -40, 'agent-voice-bob')).toBeGreaterThan(300);

    // Each asked for every agent track (as a front end does): the server withheld the other's (it may
    // also say so with a subscription failure) and not a frame of it arrived.
    const trackOf = (person: typeof alice, name: string) =>
      [...person.room.remoteParticipants.get('agent-intl-1')!.trackPublications.values()].find(
        (publication) => publication.name === name,
      )!;
    for (const [person, others] of [
      [alice, 'agent-voice-bob'],
      [bob, 'agent-voice-alice'],
    ] as const) {
      const theirs = trackOf(person, others);
      expect(theirs.subscribed).toBe(false);
      expect(person.heard.filter((chunk) => chunk.track === others)).toEqual([]);
    }

    // The agent's transcript lines went to their own listener only.
    const agentLines = inRoom.of('transcript').filter((line) => line.role === 'agent' && line.final);
    expect(new Set(agentLines.map((line) => line.to))).toEqual(new Set(['alice', 'bob']));
  });
});
