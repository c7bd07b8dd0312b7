// Scenario: a person joins a room whose agent cannot open its model session.
//  - The endpoint refuses the key (HTTP 401): retrying cannot help. The person sees the agent say why,
//    the agent's `ended` names the refusal, and it never retried.
//  - The endpoint is down when they arrive and comes back 2.5 s later: the agent shows itself as
//    initializing and says it is trying again, then opens the session, greets, and answers a turn.
//  - The endpoint stays down: after its tries (about 18 s) the agent says it has to leave and ends with
//    the reason.
// biome-ignore-all lint/suspicious/noTemplateCurlyInString: ${env:NAME} references are literal YAML here.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { echoBehaviour, type RunningEngine, startEngine } from '../../src/engine/index.js';
import { createLogger } from '../../src/telemetry/log.js';
import { speechWav } from '../fixtures/speech.js';
import { until, watchAgent } from '../harness/agent-view.js';
import { freePort } from '../harness/processes.js';
import { definition, type RoomAgentStack, startRoomAgentStack } from '../harness/room-agent.js';
import { quietLogs } from '../tools/quiet-logs.js';

quietLogs();

describe('a model endpoint that refuses or is down when a participant arrives', { timeout: 120_000 }, () => {
  let stack: RoomAgentStack;
  const engines: RunningEngine[] = [];

  beforeAll(async () => {
    stack = await startRoomAgentStack();
  });
  afterAll(async () => {
    for (const engine of engines) await engine.close();
    await stack?.close();
  });

  it('401: the room is told, the agent ends with the reason, nothing is retried', async () => {
    const engineLines: string[] = [];
    const engine = await startEngine({
      behaviour: echoBehaviour(),
      apiKey: 'the-real-key',
      log: createLogger({ level: 'info', destination: { write: (line: string) => engineLines.push(line) } }),
    });
    engines.push(engine);
    process.env.TEST_WRONG_KEY = 'sk-test-wrong-key-0123456789';
    const loaded = definition(
      [
        'name: refused',
        'model:',
        '  provider: compatible',
        `  url: ${engine.url}`,
        '  model: gpt-realtime',
        '  api_key: ${env:TEST_WRONG_KEY}',
      ].join('\n'),
    );
    const person = await stack.join('refused-room', 'alice');
    const view = watchAgent(person);
    const started = performance.now();
    const { agent, events } = await stack.start('refused-room', loaded);
    const reason = await agent.ended;
    const endedAfterMs = performance.now() - started;
    await new Promise((resolve) => setTimeout(resolve, 1_000)); // room for a retry, if there were one
    const upgrades = engineLines.filter((line) => line.includes('rejected upgrade: bad API key')).length;
    expect(upgrades).toBe(1);

    expect(reason).toMatch(
      /^model session failed: .*refused the credentials \(HTTP 401\); check the API key$/,
    );
    expect(events.find((event) => event.name === 'error')?.payload).toMatchObject({
      code: 'MODEL_CREDENTIALS_REJECTED',
    });
    expect(
      events.some(
        (event) => event.payload && (event.payload as { code?: string }).code === 'MODEL_UNAVAILABLE',
      ),
    ).toBe(false);
    await until(() => view.lines.length > 0, 'the agent to tell the room');
    expect(view.lines).toEqual([
      {
        from: 'agent-refused-room',
        text: 'Sorry, my speech model refused my credentials, so I have to leave the call.',
        at: expect.any(Number),
      },
    ]);
    console.info(
      `401: agent ended after ${Math.round(endedAfterMs)} ms with 1 error event (${upgrades} in all), no retry`,
    );
  });

  it('down on arrival, back after 2.5 s: retried, the room told, then greeted and answered', async () => {
    const port = await freePort();
    const url = `ws://127.0.0.1:${port}/v1/realtime`;
    const loaded = definition(
      ['name: patient', 'model: { provider: local }', 'greeting: Hello, I am here now.'].join('\n'),
    );
    const person = await stack.join('patient-room', 'bob');
    const view = watchAgent(person);
    const { agent, events } = await stack.start('patient-room', loaded, undefined, { engineUrl: url });
    const joinedAt = performance.now();
    await until(() => view.lines.some((line) => /trying again/.test(line.text)), 'the retry notice', 20_000);
    expect(view.states).toContain('initializing');
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, joinedAt + 2_500 - performance.now())));
    const engine = await startEngine({ behaviour: echoBehaviour(), port });
    engines.push(engine);
    const upAt = performance.now();
    await until(
      () => agent.state === 'speaking' || agent.state === 'listening',
      'the session to open',
      30_000,
    );
    const readyAt = performance.now();
    // The greeting is heard, then a turn is answered.
    await until(() => person.loudMsAfter(0) > 500, 'the greeting', 20_000);
    await person.untilAgentDone({ sinceMs: 0, quietMs: 1_500 });
    const spokeUntil = await person.speak(speechWav('short'));
    await until(() => person.loudMsAfter(spokeUntil) > 300, 'the answer to the turn', 30_000);

    const unavailable = events.filter(
      (event) => (event.payload as { code?: string }).code === 'MODEL_UNAVAILABLE',
    );
    expect(unavailable).toHaveLength(1); // told once per outage, not once per try
    expect(view.lines[0]?.text).toBe("Sorry, I can't reach my speech model right now. I'm trying again.");
    expect(view.states.at(-1)).not.toBe('initializing');
    console.info(
      `down on arrival: session ready ${Math.round(readyAt - upAt)} ms after the endpoint came back (${Math.round(readyAt - joinedAt)} ms after the agent started)`,
    );
  });

  it('down for good: the agent says it must leave and ends with the reason', async () => {
    const port = await freePort();
    const loaded = definition(['name: stranded', 'model: { provider: local }'].join('\n'));
    const person = await stack.join('stranded-room', 'carol');
    const view = watchAgent(person);
    const started = performance.now();
    const { agent } = await stack.start('stranded-room', loaded, undefined, {
      engineUrl: `ws://127.0.0.1:${port}/v1/realtime`,
    });
    const reason = await agent.ended;
    const gaveUpAfterMs = performance.now() - started;
    expect(reason).toMatch(
      /^model session failed: gave up on a new realtime session after 8 attempts: cannot reach/,
    );
    await until(() => view.lines.length >= 2, 'both notices');
    expect(view.lines.map((line) => line.text)).toEqual([
      "Sorry, I can't reach my speech model right now. I'm trying again.",
      "Sorry, I can't reach my speech model, so I have to leave the call.",
    ]);
    console.info(`down for good: gave up after ${Math.round(gaveUpAfterMs)} ms (8 tries)`);
  });
});
