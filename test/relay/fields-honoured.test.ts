// Every `participants` and `turn_detection` field a definition accepts has an effect: each one has a
// scenario here showing what it changes (in the session the model is given, or in what the relay does
// with a turn), and a last test fails when the schema gains a field with no scenario. The relay runs
// with stand-ins for the model and the room here; the room tests (test/relay/*) show the same fields
// with real parts.
import type { RemoteParticipant } from '@livekit/rtc-node';
import { ParticipantKind } from '@livekit/rtc-node';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { agentJsonSchema } from '../../src/definition/index.js';
import type { AgentEvents } from '../../src/relay/agent-events.js';
import type { ConversationOptions } from '../../src/relay/conversation.js';
import { registerFloorControl } from '../../src/relay/floor-control.js';
import { FloorPolicy } from '../../src/relay/floor-policy.js';
import { openModelSetup, relayVadSettings } from '../../src/relay/model-setup.js';
import { type OpenedConversation, Relay, type RelayOptions } from '../../src/relay/relay.js';
import { admits } from '../../src/room/admission.js';
import type { ParticipantInfo } from '../../src/tools/context.js';
import { definition } from '../harness/room-agent.js';
import { fakeConversation, silent, TestSpeaker } from './fakes.js';

const honoured = new Set<string>();
/** A scenario showing the effect of one definition field. */
function honours(field: string, scenario: () => Promise<void> | void): void {
  honoured.add(field);
  it(field, scenario);
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 10));

/** A conversation over stand-ins, with the options a definition would give it. */
function conversation(options: Partial<ConversationOptions> & { floor?: FloorPolicy } = {}) {
  const made = fakeConversation(options);
  const decisions: AgentEvents['decision'][] = [];
  made.events.on('decision', (decision) => decisions.push(decision));
  return { ...made, decisions };
}

/** Someone takes a whole turn in a shared conversation: talks, stops, the server commits it. */
async function shareTurn(setup: ReturnType<typeof conversation>, speaker: TestSpeaker, itemId: string) {
  speaker.startsTalking();
  await speaker.talks(600);
  setup.session.serve('speech_started', { itemId });
  speaker.stopsTalking();
  setup.session.serve('committed', { itemId, previousItemId: null });
  await settle();
}

/** The realtime session a definition's fields produce, for a participant (or the whole room). */
async function sessionFor(data: Parameters<typeof definition>[0]) {
  const setup = await openModelSetup(definition(data), { name: 'room' }, silent, {
    engineUrl: 'ws://127.0.0.1:1/v1/realtime',
  });
  return setup.clientOptions({ identity: 'alice', name: 'Alice' }, []).session;
}

const local = { provider: 'local', behaviour: 'echo' } as const;
const info = (identity: string) => ({ identity, name: identity, kind: 'human' as const, attributes: {} });
const person = (identity: string, kind = ParticipantKind.STANDARD) =>
  ({ identity, info: { kind } }) as unknown as RemoteParticipant;

describe('participants fields', () => {
  honours('participants.mode', async () => {
    // shared: the turn gets its speaker's label, and the relay (not the server) answers.
    const shared = conversation();
    const alice = new TestSpeaker('alice', 'Alice');
    shared.talk.add(alice);
    await shareTurn(shared, alice, 'item_1');
    expect(shared.session.of('item')).toEqual([
      {
        kind: 'item',
        text: '[speaker: Alice (id alice)]',
        previousItemId: null,
        itemId: undefined,
        samples: undefined,
      },
    ]);
    expect(shared.session.of('respond')).toHaveLength(1);
    // single / per-participant: one speaker streams live, unlabelled; the model's server answers by itself.
    const direct = conversation({ shared: false });
    const bob = new TestSpeaker('bob');
    direct.talk.add(bob);
    await bob.talks(200);
    direct.session.serve('committed', { itemId: 'item_2', previousItemId: null });
    expect(direct.session.of('append').length).toBeGreaterThan(0);
    expect(direct.session.of('item')).toEqual([]);
    expect(direct.session.of('respond')).toEqual([]);
    // The session is told about labels only when it hears the whole room, and answers by itself otherwise.
    expect(
      (await sessionFor({ name: 'a', model: local, participants: { mode: 'shared' } })).instructions,
    ).toMatch(/label/);
    expect(await sessionFor({ name: 'a', model: local, participants: { mode: 'shared' } })).toMatchObject({
      turnDetection: { createResponse: false, interruptResponse: false },
    });
    expect(
      (await sessionFor({ name: 'a', model: local, participants: { mode: 'single' } })).instructions,
    ).toBeUndefined();
    // per-participant: the relay opens a conversation per person.
    const opened: string[] = [];
    const relay = testRelay({ mode: 'per-participant', open: (_listener, key) => opened.push(key) });
    relay.joined(info('carol'));
    relay.joined(info('dave'));
    void relay.hear(new TestSpeaker('carol'), new TestSpeaker('carol').feed);
    void relay.hear(new TestSpeaker('dave'), new TestSpeaker('dave').feed);
    expect(opened).toEqual(['carol', 'dave']);
  });

  honours('participants.floor', async () => {
    const observer = conversation({ floor: new FloorPolicy('observer', []) });
    const alice = new TestSpeaker('alice');
    observer.talk.add(alice);
    await shareTurn(observer, alice, 'item_1');
    expect(observer.session.of('respond')).toEqual([]);
    expect(observer.decisions[0]).toMatchObject({ answer: false, reason: 'observer: never speaks' });
  });

  honours('participants.names', async () => {
    const addressed = conversation({ floor: new FloorPolicy('addressed', ['ava']) });
    const alice = new TestSpeaker('alice');
    addressed.talk.add(alice);
    await shareTurn(addressed, alice, 'item_1');
    addressed.session.serve('input_transcript_done', {
      itemId: 'item_1',
      transcript: 'Bob, what do you think?',
    });
    await shareTurn(addressed, alice, 'item_2');
    addressed.session.serve('input_transcript_done', {
      itemId: 'item_2',
      transcript: 'Hey Ava, what do you think?',
    });
    expect(addressed.decisions.map((decision) => decision.answer)).toEqual([false, true]);
    expect(addressed.session.of('respond')).toHaveLength(1);
  });

  honours('participants.kinds', () => {
    const callers = admits({ kinds: ['sip'] });
    expect(callers(person('+4420', ParticipantKind.SIP))).toBe(true);
    expect(callers(person('alice'))).toBe(false);
  });

  honours('participants.identities', () => {
    const staff = admits({ kinds: ['standard'], identities: ['staff-*'] });
    expect(staff(person('staff-1'))).toBe(true);
    expect(staff(person('guest-1'))).toBe(false);
  });

  honours('participants.link', async () => {
    // first-joined: the first to join is heard, even when someone else talks first.
    const joined: string[] = [];
    const byJoin = testRelay({
      mode: 'single',
      link: 'first-joined',
      open: (listener) => joined.push(listener!.identity),
    });
    const alice = new TestSpeaker('alice');
    const bob = new TestSpeaker('bob');
    byJoin.joined(info('alice'));
    byJoin.joined(info('bob'));
    void byJoin.hear(bob, bob.feed);
    void byJoin.hear(alice, alice.feed);
    bob.startsTalking();
    expect(joined).toEqual(['alice']);
    // first-speaker: whoever talks first is linked.
    const spoke: string[] = [];
    const bySpeech = testRelay({
      mode: 'single',
      link: 'first-speaker',
      open: (listener) => spoke.push(listener!.identity),
    });
    const carol = new TestSpeaker('carol');
    const dave = new TestSpeaker('dave');
    bySpeech.joined(info('carol'));
    bySpeech.joined(info('dave'));
    void bySpeech.hear(carol, carol.feed);
    void bySpeech.hear(dave, dave.feed);
    expect(spoke).toEqual([]);
    dave.startsTalking();
    carol.startsTalking();
    expect(spoke).toEqual(['dave']);
    expect(bySpeech.linked).toBe('dave');
  });

  honours('participants.floor_control', async () => {
    let handler: ((data: { callerIdentity: string; payload: string }) => Promise<string>) | undefined;
    const participant = {
      registerRpcMethod: (_method: string, fn: typeof handler) => {
        handler = fn;
      },
      unregisterRpcMethod: () => undefined,
    };
    const floor = new FloorPolicy('open', []);
    registerFloorControl(participant as never, { floor, allowed: ['chair-*'], logger: silent });
    await expect(handler!({ callerIdentity: 'bob', payload: '{"policy":"observer"}' })).rejects.toThrow(
      /may not change the floor/,
    );
    expect(floor.policy).toBe('open');
    await handler!({ callerIdentity: 'chair-1', payload: '{"policy":"observer"}' });
    expect(floor.policy).toBe('observer');
  });

  honours('participants.departure_timeout', async () => {
    vi.useFakeTimers();
    try {
      const empty = vi.fn();
      const relay = testRelay({ mode: 'shared', departureTimeoutMs: 5_000, onEmpty: empty });
      relay.joined(info('alice'));
      relay.left('alice');
      vi.advanceTimersByTime(4_000);
      relay.joined(info('alice')); // back in time: keeps their place
      vi.advanceTimersByTime(10_000);
      expect(empty).not.toHaveBeenCalled();
      relay.left('alice');
      vi.advanceTimersByTime(5_000);
      expect(empty).toHaveBeenCalledOnce();
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('turn_detection fields', () => {
  honours('turn_detection.type', async () => {
    expect(
      await sessionFor({ name: 'a', model: local, turn_detection: { type: 'semantic_vad' } }),
    ).toMatchObject({
      turnDetection: { type: 'semantic_vad' },
    });
    // none: the server detects nothing; the relay's own voice activity ends the turn and asks for the answer.
    expect(await sessionFor({ name: 'a', model: local, turn_detection: { type: 'none' } })).toMatchObject({
      turnDetection: { type: 'none' },
    });
    const manual = conversation({ shared: false, relayCommits: true });
    const alice = new TestSpeaker('alice');
    manual.talk.add(alice);
    alice.startsTalking();
    await alice.talks(600);
    alice.stopsTalking();
    expect(manual.session.of('commit')).toHaveLength(1);
    manual.session.serve('committed', { itemId: 'item_1', previousItemId: null });
    expect(manual.session.of('respond')).toHaveLength(1);
  });

  honours('turn_detection.threshold', async () => {
    const data = { name: 'a', model: local, turn_detection: { type: 'server_vad', threshold: 0.8 } } as const;
    expect(await sessionFor(data)).toMatchObject({ turnDetection: { threshold: 0.8 } });
    expect(relayVadSettings(definition(data).definition).threshold).toBe(0.8);
  });

  honours('turn_detection.prefix_padding_ms', async () => {
    const data = {
      name: 'a',
      model: local,
      turn_detection: { type: 'server_vad', prefix_padding_ms: 150 },
    } as const;
    expect(await sessionFor(data)).toMatchObject({ turnDetection: { prefixPaddingMs: 150 } });
    expect(relayVadSettings(definition(data).definition).prefixPaddingMs).toBe(150);
  });

  honours('turn_detection.silence_duration_ms', async () => {
    const data = {
      name: 'a',
      model: local,
      turn_detection: { type: 'server_vad', silence_duration_ms: 900 },
    } as const;
    expect(await sessionFor(data)).toMatchObject({ turnDetection: { silenceDurationMs: 900 } });
    expect(relayVadSettings(definition(data).definition).silenceDurationMs).toBe(900);
  });

  honours('turn_detection.idle_timeout_ms', async () => {
    expect(
      await sessionFor({
        name: 'a',
        model: local,
        turn_detection: { type: 'server_vad', idle_timeout_ms: 6_000 },
      }),
    ).toMatchObject({ turnDetection: { idleTimeoutMs: 6_000 } });
  });

  honours('turn_detection.eagerness', async () => {
    const data = {
      name: 'a',
      model: local,
      turn_detection: { type: 'semantic_vad', eagerness: 'high' },
    } as const;
    expect(await sessionFor(data)).toMatchObject({ turnDetection: { eagerness: 'high' } });
    expect(relayVadSettings(definition(data).definition).silenceDurationMs).toBe(250);
  });

  honours('turn_detection.create_response', async () => {
    expect(
      await sessionFor({
        name: 'a',
        model: local,
        turn_detection: { type: 'server_vad', create_response: false },
      }),
    ).toMatchObject({ turnDetection: { createResponse: false } });
    const shared = conversation({ createResponse: false });
    const alice = new TestSpeaker('alice');
    shared.talk.add(alice);
    await shareTurn(shared, alice, 'item_1');
    expect(shared.session.of('respond')).toEqual([]);
    expect(shared.decisions[0]).toMatchObject({ answer: false, reason: 'create_response is off' });
  });

  honours('turn_detection.interrupt_response', async () => {
    expect(
      await sessionFor({
        name: 'a',
        model: local,
        turn_detection: { type: 'server_vad', interrupt_response: false },
      }),
    ).toMatchObject({ turnDetection: { interruptResponse: false } });
    for (const interruptResponse of [true, false]) {
      const shared = conversation({ interruptResponse });
      const alice = new TestSpeaker('alice');
      shared.talk.add(alice);
      shared.output.setSpeaking(true);
      alice.startsTalking();
      expect(shared.output.interrupted).toBe(interruptResponse ? 1 : 0);
      // In single and per-participant mode the model's own voice activity is the speaker's.
      const direct = conversation({ shared: false, interruptResponse });
      direct.talk.add(new TestSpeaker('bob'));
      direct.output.setSpeaking(true);
      direct.session.serve('speech_started', { itemId: 'item_x' });
      expect(direct.output.interrupted).toBe(interruptResponse ? 1 : 0);
    }
  });
});

afterAll(() => {
  // Every field of participants and of each turn_detection variant has a scenario above.
  const schema = agentJsonSchema() as {
    properties: {
      participants: { properties: Record<string, unknown> };
      turn_detection: {
        anyOf?: { properties: Record<string, unknown> }[];
        oneOf?: { properties: Record<string, unknown> }[];
      };
    };
  };
  const fields = [
    ...Object.keys(schema.properties.participants.properties).map((key) => `participants.${key}`),
    ...(schema.properties.turn_detection.anyOf ?? schema.properties.turn_detection.oneOf ?? []).flatMap(
      (variant) => Object.keys(variant.properties).map((key) => `turn_detection.${key}`),
    ),
  ];
  const missing = [...new Set(fields)].filter((field) => !honoured.has(field));
  if (missing.length > 0) throw new Error(`fields with no scenario of their effect: ${missing.join(', ')}`);
});

/** A relay over stand-in conversations; `open` records who a conversation was opened for. */
function testRelay(
  options: Partial<Omit<RelayOptions, 'open'>> & {
    open?: (listener: ParticipantInfo | undefined, key: string) => void;
  },
): Relay {
  return new Relay({
    mode: 'shared',
    link: 'first-joined',
    departureTimeoutMs: 10_000,
    onEmpty: () => undefined,
    logger: silent,
    ...options,
    open: (listener, key): OpenedConversation => {
      options.open?.(listener, key);
      return {
        conversation: conversation({ shared: options.mode === 'shared' }).talk,
        close: async () => undefined,
      };
    },
  });
}
