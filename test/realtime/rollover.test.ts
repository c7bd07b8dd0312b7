// A session that would hit its cap (5 s on this engine) is replaced before it does: the client waits
// for the turn in progress, opens a fresh session, carries the conversation over, and no turn is lost,
// including one spoken while the switch was happening.
import { afterEach, describe, expect, it } from 'vitest';
import { echoBehaviour, type RunningEngine } from '../../src/engine/index.js';
import type { RealtimeClient, RolloverEvent } from '../../src/realtime/index.js';
import { clientFor, engine, speak } from './harness.js';

let running: RunningEngine | undefined;
let client: RealtimeClient | undefined;
afterEach(async () => {
  client?.close();
  await running?.close();
});

describe('a session near its cap', () => {
  it('rolls over to a new session with three turns across the two, none lost', async () => {
    running = await engine(echoBehaviour(), { sessionCapMs: 5_000 });
    client = clientFor(running, { sessionCapMs: 5_000, rolloverMarginMs: 2_500 });
    const live = client;
    await live.connect();
    const firstSession = live.sessionId;
    const expired: string[] = [];
    live.on('error', (event) => expired.push(event.error.code ?? ''));

    for (const phrase of ['short', 'short'] as const) {
      const done = live.next('response.done');
      await speak(live, phrase);
      expect((await done).response.status).toBe('completed');
    }

    // The third turn is spoken while the switch is under way: it is held and goes to the new session.
    const switching = live.next('state', (state) => state === 'rolling_over');
    const rolledOver = live.next('rollover');
    await switching;
    const thirdDone = live.next('response.done');
    await speak(live, 'question');
    const rollover: RolloverEvent = await rolledOver;
    expect(rollover).toMatchObject({ previousSessionId: firstSession, replayedItems: 4 });
    expect(rollover.sessionId).not.toBe(firstSession);
    expect(rollover.heldAudioMs).toBeGreaterThan(1_000);
    expect((await thirdDone).response.status).toBe('completed');

    const roles = live.conversation.map((item) => (item.kind === 'message' ? item.role : item.kind));
    expect(roles).toEqual(['user', 'assistant', 'user', 'assistant', 'user', 'assistant']);
    for (const item of live.conversation) {
      expect((await live.retrieveItem(item.id)).id).toBe(item.id);
    }
    expect(expired).toEqual([]);
    expect(live.usage.responses).toBe(3);
  });

  it('waits for the reply being spoken before switching', async () => {
    running = await engine(echoBehaviour(), { pacing: { speed: 2 } });
    client = clientFor(running);
    const live = client;
    await live.connect();
    const order: string[] = [];
    live.on('response.done', (event) => order.push(`response.done ${event.response.status}`));
    live.on('rollover', () => order.push('rollover'));
    const switched = live.next('rollover');
    live.once('response.created', () => {
      order.push('rollover requested');
      void live.rollover();
    });
    await speak(live, 'short');
    await switched;
    expect(order).toEqual(['rollover requested', 'response.done completed', 'rollover']);
    expect(live.conversation).toHaveLength(2);
  });
});
