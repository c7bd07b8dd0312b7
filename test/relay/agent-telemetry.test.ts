// Telemetry of a running agent: Alice talks to an echo agent in a real room (in-process runAgent on the
// local engine), and the process's metrics count the room, the session, her turn and the latency of the
// answer she heard; the logs carry room, agent, participant and session ids and say what her session and
// the agent cost (nothing, on the embedded engine). With a model whose price is unknown, the cost is
// logged as unknown, never as zero.
import { Writable } from 'node:stream';
import { dispose, Room } from '@livekit/rtc-node';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkDefinition } from '../../src/definition/index.js';
import { echoBehaviour, type RunningEngine, startEngine } from '../../src/engine/index.js';
import { AgentEventBus } from '../../src/relay/agent-events.js';
import { observeAgent } from '../../src/relay/agent-telemetry.js';
import { runAgent } from '../../src/relay/run-agent.js';
import { VoiceParticipant } from '../../src/room/voice-participant.js';
import { AgentMetrics, metrics } from '../../src/telemetry/metrics.js';
import { speechWav } from '../fixtures/speech.js';
import { startTestLiveKit, type TestLiveKit } from '../harness/livekit.js';

type LogLine = Record<string, unknown> & { msg: string };

function memoryLogger() {
  const lines: LogLine[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      for (const line of chunk.toString().split('\n'))
        if (line.trim()) lines.push(JSON.parse(line) as LogLine);
      done();
    },
  });
  return { logger: pino({ level: 'debug' }, stream), lines };
}

async function metricValue(name: string, labels: Record<string, string>): Promise<number | undefined> {
  // A histogram's _count and _sum are values of the histogram, named by `metricName`.
  const values = (await metrics().registry.getMetricsAsJSON()).flatMap((metric) =>
    metric.values.map((value) => ({
      ...value,
      name: (value as { metricName?: string }).metricName ?? metric.name,
    })),
  );
  const value = values.find(
    (entry) =>
      entry.name === name && Object.entries(labels).every(([key, wanted]) => entry.labels[key] === wanted),
  );
  return value?.value;
}

describe('an agent in a real room, observed', { timeout: 120_000 }, () => {
  let livekit: TestLiveKit;
  let engine: RunningEngine;

  beforeAll(async () => {
    livekit = await startTestLiveKit();
    engine = await startEngine({ behaviour: echoBehaviour() });
  });

  afterAll(async () => {
    await engine?.close();
    await livekit?.close();
    await dispose();
  });

  it('counts the room, the session, the turn and the answer latency, and logs what it cost', async () => {
    const name = 'telemetry-echo';
    const check = checkDefinition(
      {
        name,
        model: { provider: 'local' },
        turn_detection: { type: 'server_vad', silence_duration_ms: 500 },
      },
      'telemetry-echo.yaml',
    );
    const loaded = { file: check.file, definition: check.definition!, warnings: [], locate: check.locate };
    const agentRoom = new Room();
    await agentRoom.connect(livekit.url, await livekit.agentToken('observed', 'agent-telemetry'), {
      autoSubscribe: true,
      dynacast: false,
    });
    const { logger, lines } = memoryLogger();
    const agent = await runAgent(agentRoom, loaded, {
      logger,
      projectDir: process.cwd(),
      engineUrl: engine.url,
    });
    expect(await metricValue('roomvoice_rooms', { agent: name })).toBe(1);

    const alice = new VoiceParticipant();
    await alice.join(livekit.url, await livekit.token('observed', 'alice'));
    const spokeUntil = await alice.speak(speechWav('short'));
    // The whole answer, even when a busy machine splits the turn and the echo comes in parts.
    await expect.poll(() => alice.loudMsAfter(spokeUntil), { timeout: 30_000 }).toBeGreaterThan(300);
    await alice.untilAgentDone({ sinceMs: spokeUntil, quietMs: 1_500, giveUpMs: 15_000 });
    expect(await metricValue('roomvoice_model_sessions', { agent: name })).toBe(1);
    expect(await metricValue('roomvoice_turns_total', { agent: name })).toBeGreaterThanOrEqual(1);
    const latencyCount = await metricValue('roomvoice_reply_latency_seconds_count', { agent: name });
    const latencySum = await metricValue('roomvoice_reply_latency_seconds_sum', { agent: name });
    expect(latencyCount).toBeGreaterThanOrEqual(1);
    // What Alice waited for, less the silence window, and not a made-up zero.
    expect(latencySum! / latencyCount!).toBeGreaterThan(0);
    expect(latencySum! / latencyCount!).toBeLessThan(5);

    await alice.leave();
    await agent.close('test over');
    await agentRoom.disconnect();
    expect(await metricValue('roomvoice_rooms', { agent: name })).toBe(0);
    expect(await metricValue('roomvoice_model_sessions', { agent: name })).toBe(0);

    const sessionLine = lines.find((line) => line.msg === 'realtime session ready');
    expect(sessionLine).toMatchObject({ agent: name, room: 'observed', participant: 'alice' });
    const ended = lines.find((line) => line.msg === 'model session ended');
    expect(ended).toMatchObject({
      agent: name,
      room: 'observed',
      participant: 'alice',
      session: expect.stringMatching(/^sess_/),
      cost: { usd: 0, model: 'local-engine' },
    });
    expect(lines.find((line) => line.msg === 'agent cost')).toMatchObject({
      cost: { usd: 0 },
      participants: { alice: { usd: 0 } },
    });
  });

  it('logs a cost it cannot price as unknown, and counts the response as unpriced', () => {
    const events = new AgentEventBus(() => pino({ level: 'silent' }));
    const { logger, lines } = memoryLogger();
    const own = new AgentMetrics();
    observeAgent(events, {
      agent: 'priced',
      model: { provider: 'xai', model: 'grok-voice-latest' },
      logger,
      metrics: own,
    });
    events.publish('session', {
      conversation: 'room',
      sessionId: 'sess_1',
      change: 'opened',
      participant: 'bob',
    });
    events.publish('usage', {
      conversation: 'room',
      responseId: 'resp_1',
      usage: {
        input_tokens: 100,
        output_tokens: 50,
        total_tokens: 150,
        input_token_details: { audio_tokens: 100, text_tokens: 0 },
        output_token_details: { audio_tokens: 50, text_tokens: 0 },
      },
    });
    events.publish('ended', { reason: 'done' });
    expect(lines.find((line) => line.msg === 'model session ended')).toMatchObject({
      participant: 'bob',
      cost: { usd: null, pricedUsd: 0, unknownPrices: ['audio.input', 'audio.output'] },
    });
    expect(lines.find((line) => line.msg === 'agent cost')).toMatchObject({
      participants: { bob: { usd: null } },
    });
    return own.registry.getMetricsAsJSON().then((all) => {
      const unpriced = all.find((metric) => metric.name === 'roomvoice_unpriced_responses_total');
      expect(unpriced?.values[0]?.value).toBe(1);
      const cost = all.find((metric) => metric.name === 'roomvoice_cost_usd_total');
      expect(cost?.values).toEqual([]);
    });
  });
});
