// Shared pieces of the realtime scenarios: a real local engine on loopback, a client pointed at it,
// speech fixtures turned into 20 ms frames of 24 kHz model audio with src/audio, an event recorder,
// and a small playout clock that knows how much of each assistant item was "played".
import { pino } from 'pino';
import { RateConverter } from '../../src/audio/rate-converter.js';
import { readWav } from '../../src/audio/wav.js';
import {
  type Behaviour,
  type EngineOptions,
  type RunningEngine,
  startEngine,
} from '../../src/engine/index.js';
import { isFrameworkError } from '../../src/errors.js';
import {
  RealtimeClient,
  type RealtimeClientOptions,
  type RealtimeServerEvent,
} from '../../src/realtime/index.js';
import { type Phrase, speechWav } from '../fixtures/speech.js';

export const quiet = pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' });

export async function engine(
  behaviour: Behaviour,
  options: Omit<EngineOptions, 'behaviour' | 'log'> = {},
): Promise<RunningEngine> {
  return startEngine({ behaviour, log: quiet, ...options });
}

/** Server VAD that waits out the pauses between the fixtures' sentences (their tails are 800 ms). */
export const turnDetection = { type: 'server_vad', silenceDurationMs: 600 } as const;

export function clientFor(
  running: RunningEngine,
  options: Partial<RealtimeClientOptions> = {},
): RealtimeClient {
  return new RealtimeClient(
    {
      provider: { provider: 'local', url: running.url },
      session: { model: 'gpt-realtime', voice: 'marin', turnDetection },
      ...options,
    },
    { logger: quiet },
  );
}

/** A speech fixture recorded at 48 kHz, converted to mono at `rate` (the model's 24 kHz by default) in 20 ms room-sized frames. */
export async function speechFrames(phrase: Phrase, rate = 24_000): Promise<Int16Array[]> {
  const wav = await readWav(speechWav(phrase, '48k'));
  const converter = new RateConverter(rate);
  const frameSamples = (wav.sampleRate / 1000) * 20 * wav.channels;
  const frames: Int16Array[] = [];
  for (let offset = 0; offset < wav.samples.length; offset += frameSamples) {
    const samples = wav.samples.subarray(offset, offset + frameSamples);
    frames.push(converter.push({ samples, sampleRate: wav.sampleRate, channels: wav.channels }));
  }
  frames.push(converter.flush());
  return frames.filter((frame) => frame.length > 0);
}

/** Appends a whole spoken turn (faster than real time; the server's VAD runs on the audio timeline). */
export async function speak(client: RealtimeClient, phrase: Phrase, rate = 24_000): Promise<void> {
  for (const frame of await speechFrames(phrase, rate)) client.appendAudio(frame);
}

/** Appends a spoken turn in real time, 20 ms a frame, as a microphone would. */
export async function speakLive(client: RealtimeClient, phrase: Phrase): Promise<void> {
  const started = performance.now();
  const frames = await speechFrames(phrase);
  for (const [index, frame] of frames.entries()) {
    const due = started + index * 20 - performance.now();
    if (due > 0) await new Promise((resolve) => setTimeout(resolve, due));
    client.appendAudio(frame);
  }
}

/**
 * The ids of every mirrored item as the current session holds them. Sessions here may be seconds
 * long: a rollover in the middle of the check means asking the new session again.
 */
export async function retrieveAll(client: RealtimeClient): Promise<string[]> {
  try {
    const ids: string[] = [];
    for (const item of client.conversation) ids.push((await client.retrieveItem(item.id)).id ?? '');
    return ids;
  } catch (error) {
    if (!isFrameworkError(error, 'REALTIME_NOT_CONNECTED')) throw error;
    await client.next('state', (state) => state === 'ready');
    return retrieveAll(client);
  }
}

/** Records server event types (and the events) from now on. */
export function recordEvents(client: RealtimeClient): {
  types: string[];
  events: RealtimeServerEvent[];
  stop: () => void;
} {
  const types: string[] = [];
  const events: RealtimeServerEvent[] = [];
  const stop = client.on('server_event', (event) => {
    types.push(event.type);
    events.push(event);
  });
  return { types, events, stop };
}

/** Removes repeats of the same type in a row, so streams of deltas read as one step. */
export function collapse(types: readonly string[]): string[] {
  return types.filter((type, index) => type !== types[index - 1]);
}

/**
 * Model audio as a listener hears it: deltas are queued per item as they arrive, and `advance` plays
 * queued audio out. `playedMs(item)` is what the listener actually heard of that item.
 */
export class PlayoutClock {
  #queue: { itemId: string; ms: number }[] = [];
  #played = new Map<string, number>();

  enqueue(itemId: string, ms: number): void {
    this.#queue.push({ itemId, ms });
  }

  advance(ms: number): void {
    let left = ms;
    while (left > 0 && this.#queue.length > 0) {
      const head = this.#queue[0]!;
      const step = Math.min(left, head.ms);
      this.#played.set(head.itemId, (this.#played.get(head.itemId) ?? 0) + step);
      head.ms -= step;
      left -= step;
      if (head.ms === 0) this.#queue.shift();
    }
  }

  /** Stops playout (barge-in): whatever is queued is never heard. */
  flush(): void {
    this.#queue = [];
  }

  playedMs(itemId: string): number {
    return this.#played.get(itemId) ?? 0;
  }
}
