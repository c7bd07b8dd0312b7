// A phone caller: the session speaks G.711 both ways (mu-law in, A-law out, 8 kHz). The client
// encodes 8 kHz samples to mu-law, the engine's VAD hears the turn, and the reply comes back as A-law
// whose length the client measures at 8 bytes per millisecond.
import { afterEach, describe, expect, it } from 'vitest';
import { alawDecode } from '../../src/audio/g711.js';
import { echoBehaviour, type RunningEngine } from '../../src/engine/index.js';
import type { RealtimeClient } from '../../src/realtime/index.js';
import { clientFor, engine, speak, turnDetection } from './harness.js';

let running: RunningEngine | undefined;
let client: RealtimeClient | undefined;
afterEach(async () => {
  client?.close();
  await running?.close();
});

describe('a G.711 session', () => {
  it('takes a mu-law turn and answers in A-law', async () => {
    running = await engine(echoBehaviour());
    client = clientFor(running, {
      session: { inputFormat: 'audio/pcmu', outputFormat: 'audio/pcma', turnDetection },
    });
    const updated = client.next('session.updated');
    await client.connect();
    expect((await updated).session).toMatchObject({
      audio: { input: { format: { type: 'audio/pcmu' } }, output: { format: { type: 'audio/pcma' } } },
    });
    const chunks: Buffer[] = [];
    client.on('response.output_audio.delta', (event) => chunks.push(Buffer.from(event.delta, 'base64')));
    const done = client.next('response.done');

    await speak(client, 'hello', 8_000);
    expect((await done).response.status).toBe('completed');

    const reply = Buffer.concat(chunks);
    const samples = alawDecode(new Uint8Array(reply));
    const peak = samples.reduce((max, sample) => Math.max(max, Math.abs(sample)), 0);
    expect(reply.length).toBeGreaterThan(8_000); // over a second of 8 kHz audio
    expect(peak).toBeGreaterThan(1_000); // speech, not silence or noise-floor garbage
    expect(client.conversation[1]).toMatchObject({ role: 'assistant', audioMs: reply.length / 8 });
  });
});
