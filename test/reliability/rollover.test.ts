// Scenario: the model service caps sessions at 30 s (the hosted cap is 60 minutes; the engine and the
// client are told 30 s). Alice keeps talking with the agent in a real room, a turn every few seconds:
// the agent rolls its session over to a new one before each cap, between her turns, carrying the
// conversation. No turn is lost, every turn is answered, the service never has to cut a session off.
// 60 s by default, 10 minutes with ROOMVOICE_LONG_TESTS=1.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RealtimeModelSession } from '../../src/realtime/index.js';
import { speechWav } from '../fixtures/speech.js';
import { until } from '../harness/agent-view.js';
import { definition, type RoomAgentStack, startRoomAgentStack } from '../harness/room-agent.js';
import { quietLogs } from '../tools/quiet-logs.js';
import { LONG_RUN, recordingEcho } from './fixtures.js';

quietLogs();

const CAP_MS = 30_000;
const CONVERSATION_MS = LONG_RUN ? 600_000 : 60_000;

describe('session rollover under a 30 s cap during a conversation in a room', {
  timeout: CONVERSATION_MS + 180_000,
}, () => {
  const behaviour = recordingEcho(() => undefined);
  let stack: RoomAgentStack;

  beforeAll(async () => {
    stack = await startRoomAgentStack({ behaviour, sessionCapMs: CAP_MS });
  });
  afterAll(async () => {
    await stack?.close();
  });

  it(`keeps a ${CONVERSATION_MS / 60_000}-minute conversation whole across rollovers`, async () => {
    const loaded = definition(
      [
        'name: marathon',
        'model: { provider: local }',
        'turn_detection: { type: server_vad, silence_duration_ms: 500 }',
      ].join('\n'),
    );
    const alice = await stack.join('marathon', 'alice');
    const { agent, events } = await stack.start('marathon', loaded, undefined, {
      // The service's cap, as the client is told it (hosted: 60 min, rolled over 5 min before).
      modelSession: (options, logger) =>
        new RealtimeModelSession({ ...options, sessionCapMs: CAP_MS, rolloverMarginMs: 10_000 }, { logger }),
    });
    await until(() => agent.state === 'listening', 'the session to open');

    const started = performance.now();
    const answeredMs: number[] = [];
    let spoken = 0;
    while (performance.now() - started < CONVERSATION_MS) {
      const spokeUntil = await alice.speak(speechWav(spoken % 2 === 0 ? 'question' : 'hello'));
      spoken += 1;
      answeredMs.push(await alice.untilAgentDone({ sinceMs: spokeUntil, quietMs: 1_500, giveUpMs: 20_000 }));
      await new Promise((resolve) => setTimeout(resolve, 1_000));
    }
    const elapsedMs = performance.now() - started;

    const handovers = events
      .filter((event) => event.name === 'session')
      .map((event) => event.payload.change)
      .filter((change) => change === 'reconnected' || change === 'rolled_over');
    const rollovers = handovers.filter((change) => change === 'rolled_over').length;
    const turns = new Set(
      events
        .filter((event) => event.name === 'turn')
        .map((event) => (event.payload as { itemId: string }).itemId),
    );
    console.info(
      `rollover: ${Math.round(elapsedMs / 1000)} s conversation under a ${CAP_MS / 1000} s cap: ${rollovers} rollovers, ${handovers.length - rollovers} reconnects; turns spoken ${spoken}, reached the model ${turns.size}, answered ${answeredMs.filter((ms) => ms > 300).length}`,
    );

    expect(rollovers).toBeGreaterThanOrEqual(Math.floor(elapsedMs / CAP_MS));
    // Rolled over before the cap every time: the service never cut a session (that would be a reconnect).
    expect(handovers.length).toBe(rollovers);
    // No turn lost: every sentence became a turn (a loaded machine's turn detector may split one in two).
    expect(turns.size).toBeGreaterThanOrEqual(spoken);
    expect(answeredMs.every((ms) => ms > 300)).toBe(true);
    expect(Math.max(...behaviour.record.userTurnsSeen)).toBeGreaterThanOrEqual(spoken);
    expect(events.filter((event) => event.name === 'error')).toEqual([]);
  });
});
