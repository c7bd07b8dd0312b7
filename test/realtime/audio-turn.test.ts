// A person speaks one turn into a session on the local engine: the client streams 24 kHz frames made
// from a 48 kHz recording, the engine's server VAD ends the turn, and the echo reply comes back as
// audio with a transcript, in the hosted event order.
import { afterEach, describe, expect, it } from 'vitest';
import { echoBehaviour, type RunningEngine } from '../../src/engine/index.js';
import type { RealtimeClient } from '../../src/realtime/index.js';
import {
  AUDIO_ANSWER_CLOSES,
  AUDIO_ANSWER_OPENS,
  USER_ITEM_COMMITTED,
  USER_TURN_BY_VAD,
} from '../fixtures/hosted-order.js';
import { clientFor, collapse, engine, recordEvents, speak } from './harness.js';

let running: RunningEngine | undefined;
let client: RealtimeClient | undefined;
afterEach(async () => {
  client?.close();
  await running?.close();
});

describe('an audio turn against the local engine', () => {
  it('is detected by server VAD and answered with audio and a transcript, in order', async () => {
    running = await engine(echoBehaviour());
    client = clientFor(running);
    await client.connect();
    const recorded = recordEvents(client);
    let audioBytes = 0;
    client.on('response.output_audio.delta', (event) => {
      audioBytes += Buffer.byteLength(event.delta, 'base64');
    });
    const done = client.next('response.done');

    await speak(client, 'hello');
    const { response } = await done;

    expect(response.status).toBe('completed');
    expect(collapse(recorded.types.filter((type) => type !== 'rate_limits.updated'))).toEqual([
      ...USER_TURN_BY_VAD,
      ...USER_ITEM_COMMITTED,
      ...AUDIO_ANSWER_OPENS,
      ...collapse(
        recorded.types.filter(
          (type) =>
            type === 'response.output_audio_transcript.delta' || type === 'response.output_audio.delta',
        ),
      ),
      ...AUDIO_ANSWER_CLOSES,
    ]);
    expect(audioBytes).toBeGreaterThan(24_000); // more than half a second of 24 kHz PCM16
    const [user, reply] = client.conversation;
    expect(user).toMatchObject({ kind: 'message', role: 'user', audio: true });
    expect(reply).toMatchObject({ kind: 'message', role: 'assistant', audio: true, status: 'completed' });
    expect(reply?.kind === 'message' && reply.transcript).toMatch(/echo of \d+ ms/);
    expect(reply?.kind === 'message' && reply.audioMs).toBeCloseTo(audioBytes / 48, 0);
    expect(client.usage).toMatchObject({ responses: 1, output: { audio: expect.any(Number) } });
    expect(client.usage.output.audio).toBeGreaterThan(0);
    expect(client.usage.input.audio).toBeGreaterThan(0);
  });
});
