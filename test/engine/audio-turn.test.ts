// Someone speaks to the engine over a plain WebSocket: server VAD finds the turn, the echo behaviour
// answers with their own audio, and every event arrives in the hosted order.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningEngine, startEngine } from '../../src/engine/index.js';
import { speech24k, WireClient } from './wire-client.js';

let engine: RunningEngine;
beforeAll(async () => {
  engine = await startEngine({ pacing: { speed: 20 } });
});
afterAll(() => engine?.close());

describe('an audio turn with server VAD', () => {
  it('emits the hosted event ladder and echoes the speech back', async () => {
    const client = await WireClient.connect(engine.url);
    const updated = await client.update({
      type: 'realtime',
      audio: { input: { turn_detection: { type: 'server_vad', silence_duration_ms: 600 } } },
    });
    expect(updated.type).toBe('session.updated');
    const from = client.events.length;
    client.appendAudio(await speech24k('short'));
    const done = await client.next('response.done', () => true, from);
    await client.next('rate_limits.updated', () => true, from);
    const types = client.types(from).filter((t) => !t.endsWith('.delta'));
    expect(types).toEqual([
      'input_audio_buffer.speech_started',
      'input_audio_buffer.speech_stopped',
      'input_audio_buffer.committed',
      'conversation.item.added',
      'conversation.item.done',
      'response.created',
      'response.output_item.added',
      'conversation.item.added',
      'response.content_part.added',
      'response.output_audio.done',
      'response.output_audio_transcript.done',
      'response.content_part.done',
      'response.output_item.done',
      'conversation.item.done',
      'response.done',
      'rate_limits.updated',
    ]);
    expect(done.response).toMatchObject({ status: 'completed' });
    client.close();
  });
});
