// Scenario: Alice talks with an agent in a real room while the model's socket is dropped again and again
// (as a broken network does, no close frame): between turns, while she is speaking, while the agent is
// answering, and while a tool call runs. Every drop, the agent's session reconnects with the
// conversation carried over; every turn she says reaches the model and is answered; she hears each
// answer. 10 drops by default, 100 with ROOMVOICE_LONG_TESTS=1.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { speechWav } from '../fixtures/speech.js';
import { until } from '../harness/agent-view.js';
import { definition, type RoomAgentStack, startRoomAgentStack } from '../harness/room-agent.js';
import { quietLogs } from '../tools/quiet-logs.js';
import { faultsProject, LONG_RUN, recordingEcho } from './fixtures.js';

quietLogs();

const TARGET_DROPS = Number(process.env.DEBUG_DROPS ?? 0) || (LONG_RUN ? 100 : 10);

type Where = 'between turns' | 'mid-speech' | 'mid-answer' | 'mid-tool call';

describe('the model socket dropped during a conversation in a room', {
  timeout: LONG_RUN ? 1_200_000 : 300_000,
}, () => {
  // Every second turn of Alice's is answered through a 1.5 s tool call.
  const behaviour = recordingEcho((userTurn) => (userTurn % 2 === 0 ? { name: 'slow__work' } : undefined));
  let stack: RoomAgentStack;

  beforeAll(async () => {
    // Real-time pacing: an answer streams for as long as it plays, so a drop while it plays cuts it.
    stack = await startRoomAgentStack({ behaviour, pacing: { speed: 1 } });
  });
  afterAll(async () => {
    await stack?.close();
  });

  it(`survives ${TARGET_DROPS} drops: every time reconnected, no turn lost, every turn answered`, async () => {
    const { engine } = stack;
    const loaded = definition(
      [
        'name: steady',
        'model: { provider: local }',
        'turn_detection: { type: server_vad, silence_duration_ms: 500 }',
        'tools: [slow.work]',
      ].join('\n'),
    );
    const alice = await stack.join('drops', 'alice');
    const { agent, events } = await stack.start('drops', loaded, engine, {
      projectDir: await faultsProject(),
    });
    await until(() => agent.state === 'listening', 'the session to open');

    const drops: { where: Where; at: number }[] = [];
    const handovers: number[] = [];
    agent.events.on('session', ({ change }) => {
      if (change === 'reconnected') handovers.push(performance.now());
    });
    const drop = (where: Where) => {
      if (drops.length >= TARGET_DROPS) return;
      if (engine.faults.dropSockets() > 0) {
        drops.push({ where, at: performance.now() });
        log.push(`${stamp()} DROP ${where}`);
      }
    };
    const reconnected = () => until(() => handovers.length >= drops.length, 'the reconnect', 30_000);
    let dropWhenAnswering = false;
    agent.events.on('state', ({ state }) => {
      if (state !== 'speaking' || !dropWhenAnswering) return;
      dropWhenAnswering = false;
      setTimeout(() => drop('mid-answer'), 400);
    });
    agent.events.on('tool_call', ({ status }) => {
      if (status === 'started') setTimeout(() => drop('mid-tool call'), 300);
    });

    const answeredMs: number[] = [];
    const log: string[] = [];
    const t0 = performance.now();
    const stamp = () => Math.round(performance.now() - t0);
    for (const name of ['turn', 'session', 'error', 'usage', 'tool_call', 'state', 'interrupted'] as const) {
      agent.events.on(name, (payload: unknown) =>
        log.push(`${stamp()} ${name} ${JSON.stringify(payload).slice(0, 160)}`),
      );
    }
    let spoken = 0;
    while (drops.length < TARGET_DROPS) {
      drop('between turns');
      await reconnected();
      const speaking = alice.speak(speechWav('question'));
      const midSpeech = setTimeout(() => drop('mid-speech'), 1_200);
      const spokeUntil = await speaking;
      clearTimeout(midSpeech);
      spoken += 1;
      dropWhenAnswering = true;
      answeredMs.push(
        await alice.untilAgentDone({
          sinceMs: spokeUntil,
          quietMs: 3_000,
          giveUpMs: 25_000,
          timeoutMs: 90_000,
        }),
      );
      dropWhenAnswering = false;
      await reconnected();
    }

    const turns = new Set(
      events
        .filter((event) => event.name === 'turn')
        .map((event) => (event.payload as { itemId: string }).itemId),
    );
    // Each drop is paired with the first reconnect after it.
    const unpaired = [...handovers];
    const recoveries = drops.map((entry) => {
      const index = unpaired.findIndex((at) => at > entry.at);
      return index < 0 ? Number.NaN : unpaired.splice(index, 1)[0]! - entry.at;
    });
    if (process.env.DEBUG_DROPS) console.info(log.join('\n'));
    const byWhere = new Map<Where, number>();
    for (const { where } of drops) byWhere.set(where, (byWhere.get(where) ?? 0) + 1);
    const sorted = [...recoveries].sort((a, b) => a - b);
    console.info(
      [
        `socket drops: ${handovers.length} survived / ${drops.length} injected`,
        `(${[...byWhere].map(([where, count]) => `${where} ${count}`).join(', ')})`,
        `turns spoken ${spoken}, reached the model ${turns.size}, answered ${answeredMs.filter((ms) => ms > 300).length}`,
        `recovery ms p50 ${Math.round(sorted[Math.floor(sorted.length / 2)]!)} max ${Math.round(sorted.at(-1)!)}`,
        `tool results delivered ${behaviour.record.toolOutputs.length}`,
      ].join('; '),
    );

    expect(drops).toHaveLength(TARGET_DROPS);
    expect(new Set(drops.map((entry) => entry.where)).size).toBe(4);
    expect(handovers).toHaveLength(drops.length);
    expect(recoveries.every((ms) => ms > 0 && ms < 10_000)).toBe(true);
    // No turn lost: each sentence she said became a turn of the conversation (a loaded machine's turn
    // detector may split one in two), and was answered out loud.
    expect(turns.size).toBeGreaterThanOrEqual(spoken);
    expect(answeredMs.every((ms) => ms > 300)).toBe(true);
    // The conversation was carried over every time: the model's last reply saw all of her turns.
    expect(Math.max(...behaviour.record.userTurnsSeen)).toBeGreaterThanOrEqual(spoken);
    // Every tool call cut by a drop still delivered its result to the model.
    expect(behaviour.record.toolOutputs.length).toBeGreaterThanOrEqual(Math.floor(spoken / 2));
    expect(behaviour.record.toolOutputs.every((output) => output === 'the work is done')).toBe(true);
    expect(events.filter((event) => event.name === 'error')).toEqual([]);
  });
});
