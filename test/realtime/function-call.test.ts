// A person asks something that needs a tool: the model calls `get_weather`, the client hands back the
// result once the call is complete, asks for the answer, and the model speaks it.
import { afterEach, describe, expect, it } from 'vitest';
import { type RunningEngine, scriptBehaviour } from '../../src/engine/index.js';
import { isFrameworkError } from '../../src/errors.js';
import type { RealtimeClient } from '../../src/realtime/index.js';
import { USER_ITEM_COMMITTED, USER_TURN_BY_VAD } from '../fixtures/hosted-order.js';
import { clientFor, collapse, engine, recordEvents, speak, turnDetection } from './harness.js';

let running: RunningEngine | undefined;
let client: RealtimeClient | undefined;
afterEach(async () => {
  client?.close();
  await running?.close();
});

const getWeather = {
  name: 'get_weather',
  description: 'Current weather for a city.',
  parameters: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] },
};

describe('a function-call turn against the local engine', () => {
  it('runs the call, returns its output and speaks the answer', async () => {
    running = await engine(
      scriptBehaviour({
        turns: [
          { call: 'get_weather', arguments: { city: 'Oslo' } },
          { say: 'It is three degrees in Oslo.' },
        ],
      }),
    );
    client = clientFor(running, {
      session: { voice: 'marin', turnDetection, tools: [getWeather], toolChoice: 'auto' },
    });
    await client.connect();
    const recorded = recordEvents(client);

    const callDone = client.next('response.done');
    await speak(client, 'question');
    const first = (await callDone).response;
    const call = first.output?.find((item) => item.type === 'function_call');
    expect(call).toMatchObject({
      type: 'function_call',
      name: 'get_weather',
      arguments: '{"city":"Oslo"}',
      status: 'completed',
    });
    expect(collapse(recorded.types.filter((type) => type !== 'rate_limits.updated'))).toEqual([
      ...USER_TURN_BY_VAD,
      ...USER_ITEM_COMMITTED,
      'response.created',
      'response.output_item.added',
      'conversation.item.added',
      'response.function_call_arguments.delta',
      'response.function_call_arguments.done',
      'response.output_item.done',
      'conversation.item.done',
      'response.done',
    ]);

    // The server never answers a tool result by itself: the client sends the output, then asks.
    const callId = call?.type === 'function_call' ? (call.call_id ?? '') : '';
    recorded.types.length = 0;
    const outputAdded = client.next(
      'conversation.item.added',
      (event) => event.item.type === 'function_call_output',
    );
    client.sendFunctionOutput(callId, JSON.stringify({ temperature_c: 3 }));
    await outputAdded;
    const answered = client.next('response.done');
    client.createResponse();
    const answer = (await answered).response;

    expect(answer.status).toBe('completed');
    expect(collapse(recorded.types)).toContain('response.output_audio.delta');
    expect(client.conversation.map((item) => item.kind)).toEqual([
      'message',
      'function_call',
      'function_call_output',
      'message',
    ]);
    expect(client.conversation.at(-1)).toMatchObject({
      role: 'assistant',
      transcript: 'It is three degrees in Oslo.',
    });
  });

  it('refuses to send an output for a call the conversation never had', async () => {
    running = await engine(scriptBehaviour({ turns: [{ say: 'unused' }] }));
    client = clientFor(running);
    await client.connect();
    try {
      client.sendFunctionOutput('call_unknown', '{}');
      expect.unreachable();
    } catch (error) {
      expect(isFrameworkError(error, 'REALTIME_PROTOCOL')).toBe(true);
      expect((error as Error).message).toMatch(/call_unknown/);
    }
  });
});
