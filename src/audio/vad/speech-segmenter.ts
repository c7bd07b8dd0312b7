// Turn detection on an audio timeline: feeds audio (any rate) to Silero at 16 kHz and turns window
// probabilities into speech_started / speech_stopped moments, honouring a threshold, prefix padding and
// silence duration. The engine runs it on a session's input buffer; the relay on each speaker.
// A window below QUIET_PEAK (a muted or idle microphone, the silence a receiver plays between packets) is
// not shown to the model: it counts as silence. In a room of ten people nine are quiet at any moment, and
// the model is most of what listening to them costs.
import { RateConverter } from '../rate-converter.js';
import { SILERO_RATE, SILERO_WINDOW, type SileroStream } from './silero.js';

export interface VadSettings {
  threshold: number;
  prefixPaddingMs: number;
  silenceDurationMs: number;
}

export type VadMoment =
  | { type: 'speech_started'; audioStartMs: number }
  | { type: 'speech_stopped'; audioEndMs: number };

/** Silence that ends a turn for semantic_vad, by eagerness (a stand-in for the semantic model). */
export const SEMANTIC_SILENCE_MS = { low: 1_000, medium: 500, auto: 500, high: 250 } as const;

const WINDOW_MS = (SILERO_WINDOW * 1000) / SILERO_RATE;
/** Speech ends when the probability falls this far below the threshold (Silero's usual hysteresis). */
const RELEASE_MARGIN = 0.15;
/** The detector needs the speech band, not fidelity: half the resampler's usual filter, half its cost. */
export const VAD_ZERO_CROSSINGS = 8;
/** A window whose samples all stay within ±32 of 32768 (-60 dBFS) is quiet: no speech is that soft. */
export const QUIET_PEAK = 32;

export class SpeechSegmenter {
  settings: VadSettings;
  readonly #model: SileroStream;
  readonly #converter = new RateConverter(SILERO_RATE, VAD_ZERO_CROSSINGS);
  readonly #window = new Float32Array(SILERO_WINDOW);
  #filled = 0;
  /** Whether a sample above the quiet floor went into the window being filled. */
  #windowHeard = false;
  /** Timeline ms of the start of the window being filled. */
  #windowStartMs: number;
  #speaking = false;
  #silenceSinceMs: number | null = null;

  constructor(model: SileroStream, settings: VadSettings, timelineMs = 0) {
    this.#model = model;
    this.settings = settings;
    this.#windowStartMs = timelineMs;
  }

  get speaking(): boolean {
    return this.#speaking;
  }

  /** Forgets a turn in progress (the client committed or cleared the buffer itself). */
  endTurn(): void {
    this.#speaking = false;
    this.#silenceSinceMs = null;
  }

  /** Feeds the next appended audio; resolves with the moments it completes, in order. */
  async push(samples: Int16Array, sampleRate: number): Promise<VadMoment[]> {
    const resampled = this.#converter.push({ samples, sampleRate, channels: 1 });
    const moments: VadMoment[] = [];
    let offset = 0;
    while (offset < resampled.length) {
      const take = Math.min(SILERO_WINDOW - this.#filled, resampled.length - offset);
      for (let i = 0; i < take; i++) {
        const sample = resampled[offset + i]!;
        if (sample > QUIET_PEAK || sample < -QUIET_PEAK) this.#windowHeard = true;
        this.#window[this.#filled + i] = sample / 32768;
      }
      this.#filled += take;
      offset += take;
      if (this.#filled < SILERO_WINDOW) continue;
      this.#filled = 0;
      const probability = this.#windowHeard ? await this.#model.probability(this.#window) : this.#silence();
      this.#windowHeard = false;
      const moment = this.#step(probability);
      if (moment) moments.push(moment);
    }
    return moments;
  }

  /** A window of nothing but quiet: no speech, and the model's context forgets what came before it. */
  #silence(): number {
    this.#model.reset();
    return 0;
  }

  #step(probability: number): VadMoment | undefined {
    const start = this.#windowStartMs;
    const end = start + WINDOW_MS;
    this.#windowStartMs = end;
    const { threshold, prefixPaddingMs, silenceDurationMs } = this.settings;
    if (!this.#speaking) {
      if (probability < threshold) return undefined;
      this.#speaking = true;
      this.#silenceSinceMs = null;
      return { type: 'speech_started', audioStartMs: Math.max(0, Math.floor(start - prefixPaddingMs)) };
    }
    if (probability >= Math.max(0.01, threshold - RELEASE_MARGIN)) {
      this.#silenceSinceMs = null;
      return undefined;
    }
    this.#silenceSinceMs ??= start;
    if (end - this.#silenceSinceMs < silenceDurationMs) return undefined;
    this.#speaking = false;
    this.#silenceSinceMs = null;
    return { type: 'speech_stopped', audioEndMs: Math.round(end) };
  }
}
