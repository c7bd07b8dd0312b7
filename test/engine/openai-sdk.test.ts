// The official `openai` SDK's realtime WebSocket client, unchanged but for its base URL, key and the
// trust of the engine's generated certificate, holds a spoken conversation with the engine over wss://:
// an audio turn found by server VAD, then a tool call answered with its output.
import OpenAI from 'openai';
import { OpenAIRealtimeWS } from 'openai/realtime/ws';
import type { RealtimeServerEvent } from 'openai/resources/realtime/realtime';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pcm16ToBase64 } from '../../src/audio/base64.js';
import { type RunningEngine, scriptBehaviour, startEngine } from '../../src/engine/index.js';
import { speechWav } from '../fixtures/speech.js';
import { speech24k } from './wire-client.js';

let engine: RunningEngine;

beforeAll(async () => {
  engine = await startEngine({
    tls: true,
    pacing: { speed: 20 },
    behaviour: scriptBehaviour({
      turns: [
        { wav: speechWav('short', '24k'), transcript: 'Yes, please.' },
        { call: 'get_weather', arguments: { city: 'Paris' } },
        { say: 'It is sunny in Paris.' },
      ],
    }),
  });
}, 60_000);
afterAll(() => engine?.close());

async function connect(): Promise<{ rt: OpenAIRealtimeWS; events: RealtimeServerEvent[] }> {
  const client = new OpenAI({ apiKey: 'sk-local-test', baseURL: engine.httpUrl });
  const rt = new OpenAIRealtimeWS({ model: 'gpt-realtime', options: { ca: engine.certPem } }, client);
  const events: RealtimeServerEvent[] = [];
  rt.on('event', (event) => events.push(event));
  await new Promise<void>((resolve, reject) => {
    rt.socket.once('open', () => resolve());
    rt.socket.once('error', reject);
  });
  return { rt, events };
}

function waitFor<T extends RealtimeServerEvent['type']>(
  events: RealtimeServerEvent[],
  type: T,
  count = 1,
): Promise<Extract<RealtimeServerEvent, { type: T }>> {
  return new Promise((resolve, reject) => {
    const timer = setInterval(() => {
      const found = events.filter((e) => e.type === type);
      if (found.length >= count) {
        clearInterval(timer);
        resolve(found[count - 1] as Extract<RealtimeServerEvent, { type: T }>);
      }
      const error = events.find((e) => e.type === 'error');
      if (error) {
        clearInterval(timer);
        reject(new Error(JSON.stringify(error)));
      }
    }, 10);
  });
}

describe('the official openai SDK realtime client against the TLS engine', () => {
  it('completes an audio turn and a function-call round trip', async () => {
    const { rt, events } = await connect();
    expect(engine.url.startsWith('wss://')).toBe(true);
    await waitFor(events, 'session.created');
    rt.send({
      type: 'session.update',
      session: {
        type: 'realtime',
        instructions: 'You are a weather assistant.',
        audio: { input: { turn_detection: { type: 'server_vad', silence_duration_ms: 600 } } },
        tools: [
          {
            type: 'function',
            name: 'get_weather',
            description: 'Weather for a city',
            parameters: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] },
          },
        ],
      },
    });
    await waitFor(events, 'session.updated');

    // Turn 1: speech (48 kHz fixture resampled to 24 kHz) in 100 ms appends; server VAD answers.
    const speech = await speech24k('short');
    for (let at = 0; at < speech.length; at += 2_400) {
      rt.send({ type: 'input_audio_buffer.append', audio: pcm16ToBase64(speech.subarray(at, at + 2_400)) });
    }
    const first = await waitFor(events, 'response.done');
    expect(first.response.status).toBe('completed');
    const transcript = await waitFor(events, 'response.output_audio_transcript.done');
    expect(transcript.transcript).toBe('Yes, please.');
    const audioBytes = events
      .filter((e) => e.type === 'response.output_audio.delta')
      .reduce((n, e) => n + Buffer.from(e.delta, 'base64').length, 0);
    expect(audioBytes / 48).toBeGreaterThan(2_000);

    // Turn 2: the script calls a tool; the SDK client returns its output and asks for the answer.
    rt.send({ type: 'response.create' });
    const second = await waitFor(events, 'response.done', 2);
    const call = second.response.output?.[0];
    expect(call).toMatchObject({ type: 'function_call', name: 'get_weather', status: 'completed' });
    if (call?.type !== 'function_call' || !call.call_id) throw new Error('no function call');
    expect(JSON.parse(call.arguments)).toEqual({ city: 'Paris' });
    rt.send({
      type: 'conversation.item.create',
      item: { type: 'function_call_output', call_id: call.call_id, output: JSON.stringify({ sky: 'sunny' }) },
    });
    const output = await waitFor(events, 'conversation.item.done', 4);
    expect(output.item).toMatchObject({ type: 'function_call_output', call_id: call.call_id });
    const responsesBefore = events.filter((e) => e.type === 'response.created').length;
    expect(responsesBefore).toBe(2);
    rt.send({ type: 'response.create' });
    const third = await waitFor(events, 'response.done', 3);
    expect(third.response.status).toBe('completed');
    const spoken = await waitFor(events, 'response.output_audio_transcript.done', 2);
    expect(spoken.transcript).toBe('It is sunny in Paris.');
    rt.close();
  });
});
