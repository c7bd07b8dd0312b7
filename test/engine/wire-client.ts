// A bare WebSocket client for engine tests: sends client events, records every server event in order
// and waits for the ones a scenario expects. Deliberately thin: the engine is what is under test.
import WebSocket from 'ws';
import { pcm16ToBase64 } from '../../src/audio/base64.js';
import { downmixToMono, MODEL_RATE } from '../../src/audio/pcm.js';
import { resampleClip } from '../../src/audio/resampler.js';
import { readWav } from '../../src/audio/wav.js';
import { type Phrase, speechWav } from '../fixtures/speech.js';

export type AnyEvent = { type: string; event_id: string; [key: string]: unknown };

export class WireClient {
  readonly events: AnyEvent[] = [];
  readonly socket: WebSocket;
  #waiters: { test: (e: AnyEvent) => boolean; resolve: (e: AnyEvent) => void }[] = [];
  closed: Promise<{ code: number; reason: string }>;

  private constructor(socket: WebSocket) {
    this.socket = socket;
    socket.on('message', (data) => {
      const event = JSON.parse(data.toString()) as AnyEvent;
      this.events.push(event);
      this.#waiters = this.#waiters.filter((w) => {
        if (!w.test(event)) return true;
        w.resolve(event);
        return false;
      });
    });
    this.closed = new Promise((resolve) =>
      socket.on('close', (code, reason) => resolve({ code, reason: reason.toString() })),
    );
  }

  static async connect(
    url: string,
    headers: Record<string, string> = { Authorization: 'Bearer test-key' },
  ): Promise<WireClient> {
    const socket = new WebSocket(`${url}?model=gpt-realtime`, { headers });
    const client = new WireClient(socket);
    await new Promise<void>((resolve, reject) => {
      socket.once('open', () => resolve());
      socket.once('error', reject);
    });
    await client.next('session.created');
    return client;
  }

  send(event: Record<string, unknown>): void {
    this.socket.send(JSON.stringify(event));
  }

  /** The first recorded event of `type` (matching `test`) from index `from` on, or the next to arrive. */
  next(type: string, test: (e: AnyEvent) => boolean = () => true, from = 0): Promise<AnyEvent> {
    const match = (e: AnyEvent) => e.type === type && test(e);
    const seen = this.events.slice(from).find(match);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve) => this.#waiters.push({ test: match, resolve }));
  }

  types(from = 0): string[] {
    return this.events.slice(from).map((e) => e.type);
  }

  /** Sends a session.update and waits for its answer (session.updated or error). */
  async update(session: Record<string, unknown>): Promise<AnyEvent> {
    const eventId = `upd_${Math.random().toString(36).slice(2)}`;
    const from = this.events.length;
    this.send({ type: 'session.update', event_id: eventId, session });
    return Promise.race([
      this.next('session.updated', () => true, from),
      this.next('error', (e) => (e.error as { event_id?: string }).event_id === eventId, from),
    ]);
  }

  /** Appends audio in 100 ms chunks. */
  appendAudio(samples: Int16Array, chunk = 2_400): void {
    for (let at = 0; at < samples.length; at += chunk) {
      this.send({
        type: 'input_audio_buffer.append',
        audio: pcm16ToBase64(samples.subarray(at, at + chunk)),
      });
    }
  }

  close(): void {
    this.socket.close();
  }
}

/** A speech fixture as mono 24 kHz PCM16 (the model's input format). */
export async function speech24k(phrase: Phrase): Promise<Int16Array> {
  const frame = await readWav(speechWav(phrase, '48k'));
  return resampleClip(downmixToMono(frame.samples, frame.channels), frame.sampleRate, MODEL_RATE);
}

export function silence(ms: number, rate = MODEL_RATE): Int16Array {
  return new Int16Array(Math.round((ms * rate) / 1000));
}
