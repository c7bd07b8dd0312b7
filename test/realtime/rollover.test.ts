// A session that would hit its cap is replaced before it does: the client waits for the turn in
// progress, opens a fresh session, carries the conversation over, and no turn is lost, including
// one spoken while the switch is under way.
import { afterEach, describe, expect, it } from 'vitest';
import { echoBehaviour, type RunningEngine } from '../../src/engine/index.js';
import type { RealtimeClient, RolloverEvent } from '../../src/realtime/index.js';
import { clientFor, engine, retrieveAll, speak, speechFrames } from './harness.js';

let running: RunningEngine | undefined;
let client: RealtimeClient | undefined;
afterEach(async () => {
  client?.close();
  await running?.close();
});

describe('a session near its cap', () => {
  it('rolls over before the engine’s 5 s cap, with three turns across two sessions, none lost', async () => {
    running = await engine(echoBehaviour(), { sessionCapMs: 5_000 });
    client = clientFor(running, { sessionCapMs: 5_000, rolloverMarginMs: 2_500 });
    const live = client;
    const rollovers: RolloverEvent[] = [];
    const serviceErrors: string[] = [];
    live.on('rollover', (event) => rollovers.push(event));
    live.on('service_error', (error) => serviceErrors.push(error.code ?? error.type));
    await live.connect();
    const sessions = new Set([live.sessionId]);

    for (const [turn, phrase] of (['short', 'question', 'short'] as const).entries()) {
      // The last turn waits for the switch if it has not happened yet, so the turns span two sessions.
      if (turn === 2 && rollovers.length === 0) await live.next('rollover');
      const done = live.next('response.done');
      await speak(live, phrase);
      expect((await done).response.status).toBe('completed');
      sessions.add(live.sessionId);
    }

    expect(rollovers.length).toBeGreaterThanOrEqual(1);
    expect(sessions.size).toBeGreaterThanOrEqual(2);
    expect(serviceErrors).toEqual([]); // in particular, no session_expired: the engine never had to cut
    const roles = live.conversation.map((item) => (item.kind === 'message' ? item.role : item.kind));
    expect(roles).toEqual(['user', 'assistant', 'user', 'assistant', 'user', 'assistant']);
    expect(await retrieveAll(live)).toEqual(live.conversation.map((item) => item.id));
    expect(live.usage.responses).toBe(3);
  });

  it('holds a turn spoken during the switch and gives it to the new session', async () => {
    running = await engine(echoBehaviour());
    client = clientFor(running);
    const live = client;
    await live.connect();
    const firstDone = live.next('response.done');
    await speak(live, 'short');
    await firstDone;

    const frames = await speechFrames('question');
    live.once('state', (state) => {
      if (state === 'rolling_over') for (const frame of frames) live.appendAudio(frame);
    });
    const rolledOver = live.next('rollover');
    const answered = live.next('response.done');
    await live.rollover();
    const rollover = await rolledOver;

    expect(rollover.replayedItems).toBe(2);
    expect(rollover.heldAudioMs).toBeGreaterThan(2_000);
    expect((await answered).response.status).toBe('completed');
    expect(live.conversation).toHaveLength(4);
    expect(await retrieveAll(live)).toEqual(live.conversation.map((item) => item.id));
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
