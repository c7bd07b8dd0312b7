// Where a conversation's answers are heard: the narrow `SpeechOutput` interface (play an item's speech,
// interrupt, report how much of the cut item was heard) and `Playout`, its implementation over any
// `AudioSink` (the room layer's published track). Playout owns the clock of what was heard: captured
// minus what the sink still had queued. Nothing slow (state, transcripts, logs) sits on this path.
import { samplesToMs } from '../audio/pcm.js';
import type { Logger } from '../telemetry/log.js';

/** Where samples go to be heard, at one fixed rate: a published track, in the room layer. */
export interface AudioSink {
  readonly sampleRate: number;
  /** Queues samples; resolves when the sink has room for more. */
  play(samples: Int16Array): Promise<void>;
  /** Resolves when everything queued has been played out (or dropped). */
  drained(): Promise<void>;
  /** Milliseconds that `clear` would drop now (queued, or being queued, and not yet played). */
  queuedMs(): number;
  /** Drops everything queued; what was already played stays heard. */
  clear(): void;
}

/** What listeners heard of the item that was playing when speech was cut. */
export interface HeardSpeech {
  itemId: string;
  heardMs: number;
}

export interface SpeechOutput {
  /** Queues speech of one model item (PCM16 mono at the sink's rate). */
  play(itemId: string, samples: Int16Array): void;
  /** Stops at once; reports what was heard of the item that was playing, if one was. */
  interrupt(): HeardSpeech | undefined;
  /** Whether speech is playing or queued. */
  readonly speaking: boolean;
  /** Called when speech starts and when it has all played out. */
  onSpeaking(listener: (speaking: boolean, itemId: string | undefined) => void): () => void;
}

interface Chunk {
  itemId: string;
  samples: Int16Array;
}

/** Speech goes to the sink in frames this long. */
const FRAME_MS = 20;

export class Playout implements SpeechOutput {
  readonly #sink: AudioSink;
  readonly #logger: Logger;
  readonly #listeners = new Set<(speaking: boolean, itemId: string | undefined) => void>();
  #pending: Chunk[] = [];
  #current: { itemId: string; capturedMs: number } | undefined;
  /** Items cut by an interruption: audio of theirs still in flight from the model is dropped. */
  readonly #cut = new Set<string>();
  #generation = 0;
  #running = false;
  #speaking = false;
  /** Wakes the loop when a chunk arrives while it waits for the sink to drain. */
  #wake: (() => void) | undefined;

  constructor(sink: AudioSink, logger: Logger) {
    this.#sink = sink;
    this.#logger = logger;
  }

  get speaking(): boolean {
    return this.#speaking;
  }

  play(itemId: string, samples: Int16Array): void {
    if (samples.length === 0 || this.#cut.has(itemId)) return;
    const frame = Math.round((this.#sink.sampleRate * FRAME_MS) / 1000);
    for (let offset = 0; offset < samples.length; offset += frame) {
      this.#pending.push({ itemId, samples: samples.subarray(offset, offset + frame) });
    }
    if (this.#wake) this.#wake();
    else if (!this.#running) void this.#run();
  }

  interrupt(): HeardSpeech | undefined {
    this.#generation += 1;
    for (const chunk of this.#pending) this.#cut.add(chunk.itemId);
    this.#pending = [];
    const current = this.#current;
    // Queued in the sink and not played: dropped now.
    const unheardMs = this.#sink.queuedMs();
    this.#sink.clear();
    this.#wake?.();
    this.#current = undefined;
    this.#setSpeaking(false, current?.itemId);
    if (!current) return undefined;
    this.#cut.add(current.itemId);
    return { itemId: current.itemId, heardMs: Math.max(0, Math.floor(current.capturedMs - unheardMs)) };
  }

  onSpeaking(listener: (speaking: boolean, itemId: string | undefined) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  async #run(): Promise<void> {
    this.#running = true;
    const generation = this.#generation;
    try {
      while (generation === this.#generation) {
        const chunk = this.#pending.shift();
        if (!chunk) {
          // Nothing left to queue: wait until the sink has played it all, unless more speech comes first.
          const more = new Promise<boolean>((resolve) => {
            this.#wake = () => resolve(true);
          });
          const moreCame = await Promise.race([more, this.#sink.drained().then(() => false)]);
          this.#wake = undefined;
          if (moreCame) continue;
          const itemId = this.#current?.itemId;
          this.#current = undefined;
          this.#setSpeaking(false, itemId);
          return;
        }
        if (this.#current?.itemId !== chunk.itemId) this.#current = { itemId: chunk.itemId, capturedMs: 0 };
        this.#setSpeaking(true, chunk.itemId);
        this.#current.capturedMs += samplesToMs(chunk.samples.length, this.#sink.sampleRate);
        await this.#sink.play(chunk.samples);
      }
    } catch (error) {
      this.#logger.error({ err: error }, 'playout failed');
    } finally {
      this.#running = false;
      this.#wake = undefined;
      if (this.#pending.length > 0) void this.#run();
    }
  }

  #setSpeaking(speaking: boolean, itemId: string | undefined): void {
    if (speaking === this.#speaking) return;
    this.#speaking = speaking;
    for (const listener of this.#listeners) listener(speaking, itemId);
  }
}
