// Scenario: an agent that talks with one person at a time (participants.mode single, link first-speaker).
// Alice and Bob are in the room; Bob speaks first, so the agent listens to him and Alice is not heard.
// Bob drops and comes back within the departure timeout: he keeps his place. When he leaves for good,
// the next person to speak, Alice, is linked, in a conversation of her own.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { echoBehaviour } from '../../src/engine/index.js';
import type { VoiceParticipant } from '../../src/room/voice-participant.js';
import { speechWav } from '../fixtures/speech.js';
import { definition, type RoomAgentStack, startRoomAgentStack } from '../harness/room-agent.js';
import { turnsOf } from './conversation-view.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function answered(person: VoiceParticipant, phrase: Parameters<typeof speechWav>[0]): Promise<number> {
  const ended = await person.speak(speechWav(phrase));
  return person.untilAgentDone({ sinceMs: ended, quietMs: 1_500, giveUpMs: 5_000 });
}

describe('one person at a time', { timeout: 240_000 }, () => {
  let stack: RoomAgentStack;
  beforeAll(async () => {
    stack = await startRoomAgentStack({ behaviour: echoBehaviour() });
  });
  afterAll(() => stack?.close());

  it('links the first speaker, keeps them through a short drop, and links the next when they leave', async () => {
    const alice = await stack.join('desk-1', 'alice', 'Alice');
    const bob = await stack.join('desk-1', 'bob', 'Bob');
    const inRoom = await stack.start(
      'desk-1',
      definition({
        name: 'front-desk',
        model: { provider: 'local', behaviour: 'echo' },
        participants: { mode: 'single', link: 'first-speaker', departure_timeout: '4s' },
      }),
    );
    await alice.waitForParticipant((p) => p.identity === 'agent-desk-1');

    // Bob speaks first: he is linked and answered; Alice is not heard.
    expect(await answered(bob, 'short')).toBeGreaterThan(300);
    const sessions = () => stack.engine.sessions();
    const bobsTurns = () => turnsOf(sessions()[0]!.items).length;
    const afterBob = bobsTurns();
    expect(afterBob).toBeGreaterThan(0);
    await sleep(1_500);
    expect(await answered(alice, 'question')).toBe(0);
    expect(sessions()).toHaveLength(1);
    expect(bobsTurns()).toBe(afterBob);

    // Bob drops and rejoins within the departure timeout: same conversation, still linked.
    await bob.leave();
    await sleep(1_000);
    const bobAgain = await stack.join('desk-1', 'bob', 'Bob');
    await bobAgain.waitForParticipant((p) => p.identity === 'agent-desk-1');
    expect(await answered(bobAgain, 'short')).toBeGreaterThan(300);
    expect(sessions()).toHaveLength(1);
    expect(bobsTurns()).toBeGreaterThan(afterBob);

    // Bob leaves for good: after the timeout Alice, speaking next, is linked in a session of her own.
    await bobAgain.leave();
    await sleep(5_000);
    expect(await answered(alice, 'short')).toBeGreaterThan(300);
    expect(sessions().map((session) => session.open)).toEqual([false, true]);
    expect(turnsOf(sessions()[1]!.items).length).toBeGreaterThan(0);
    const speakers = inRoom.of('turn').map((turn) => turn.speaker?.identity);
    expect(speakers.at(-1)).toBe('alice');
    expect(speakers.indexOf('alice')).toBe(speakers.lastIndexOf('bob') + 1);
  });
});
