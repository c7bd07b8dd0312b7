// Someone speaks to the engine over a plain WebSocket: server VAD finds the turn, the echo behaviour
// answers with their own audio, and every event arrives in the hosted order.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { base64ToPcm16 } from '../../src/audio/base64.js';
import { concatSamples } from '../../src/audio/pcm.js';
import { type RunningEngine, startEngine } from '../../src/engine/index.js';
import {
  AUDIO_ANSWER_CLOSES,
  AUDIO_ANSWER_OPENS,
  USER_ITEM_COMMITTED,
  USER_TURN_BY_VAD,
} from '../fixtures/hosted-order.js';
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
      ...USER_TURN_BY_VAD,
      ...USER_ITEM_COMMITTED,
      ...AUDIO_ANSWER_OPENS,
      ...AUDIO_ANSWER_CLOSES,
      'rate_limits.updated',
    ]);
    expect(done.response).toMatchObject({ status: 'completed' });

    // The echo is the committed turn itself: from audio_start_ms to audio_end_ms of the input timeline.
    const started = await client.next('input_audio_buffer.speech_started', () => true, from);
    const stopped = await client.next('input_audio_buffer.speech_stopped', () => true, from);
    expect(stopped.item_id).toBe(started.item_id);
    const turnMs = (stopped.audio_end_ms as number) - (started.audio_start_ms as number);
    const echoed = client.events
      .slice(from)
      .filter((e) => e.type === 'response.output_audio.delta')
      .map((e) => base64ToPcm16(e.delta as string));
    const echoedSamples = concatSamples(echoed);
    expect(Math.abs(echoedSamples.length / 24 - turnMs)).toBeLessThan(2);
    const transcript = await client.next('response.output_audio_transcript.done', () => true, from);
    expect(transcript.transcript).toBe(`(echo of ${Math.round(echoedSamples.length / 24)} ms)`);
    // The speech itself comes back: same samples as the input at that point of the timeline.
    const input = await speech24k('short');
    const offset = (started.audio_start_ms as number) * 24;
    expect(Array.from(echoedSamples.subarray(0, 2_400))).toEqual(
      Array.from(input.subarray(offset, offset + 2_400)),
    );
    client.close();
  });

  it('serves several sessions at once, each with its own VAD state', async () => {
    const speech = await speech24k('short');
    const clients = await Promise.all([1, 2, 3, 4].map(() => WireClient.connect(engine.url)));
    await Promise.all(
      clients.map((c) =>
        c.update({
          type: 'realtime',
          audio: { input: { turn_detection: { type: 'server_vad', silence_duration_ms: 600 } } },
        }),
      ),
    );
    for (const client of clients) client.appendAudio(speech);
    const dones = await Promise.all(clients.map((c) => c.next('response.done')));
    for (const done of dones) expect(done.response).toMatchObject({ status: 'completed' });
    const starts = await Promise.all(clients.map((c) => c.next('input_audio_buffer.speech_started')));
    expect(new Set(starts.map((s) => s.audio_start_ms)).size).toBe(1);
    for (const client of clients) client.close();
  });

  it('with nothing to echo yet, says the text its instructions quote (a greeting)', async () => {
    const client = await WireClient.connect(engine.url);
    await client.update({ type: 'realtime', output_modalities: ['text'] });
    const from = client.events.length;
    client.send({
      type: 'response.create',
      response: { instructions: 'Greet the participant now by saying exactly: "Echo here, say something."' },
    });
    const text = await client.next('response.output_text.done', () => true, from);
    expect(text.text).toBe('Echo here, say something.');
    await client.next('response.done', () => true, from);
    const second = client.events.length;
    client.send({ type: 'response.create', response: { instructions: 'No quotes in here.' } });
    const fallback = await client.next('response.output_text.done', () => true, second);
    expect(fallback.text).toBe('There is nothing to echo yet.');
    client.close();
  });
});
