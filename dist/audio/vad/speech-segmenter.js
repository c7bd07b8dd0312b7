// Turn detection on an audio timeline: feeds audio (any rate) to Silero at 16 kHz and turns window
// probabilities into speech_started / speech_stopped moments, honouring a threshold, prefix padding and
// silence duration. The engine runs it on a session's input buffer; the relay on each speaker.
import { RateConverter } from '../rate-converter.js';
import { SILERO_RATE, SILERO_WINDOW } from './silero.js';
/** Silence that ends a turn for semantic_vad, by eagerness (a stand-in for the semantic model). */
export const SEMANTIC_SILENCE_MS = { low: 1_000, medium: 500, auto: 500, high: 250 };
const WINDOW_MS = (SILERO_WINDOW * 1000) / SILERO_RATE;
/** Speech ends when the probability falls this far below the threshold (Silero's usual hysteresis). */
const RELEASE_MARGIN = 0.15;
export class SpeechSegmenter {
    settings;
    #model;
    #converter = new RateConverter(SILERO_RATE);
    #window = new Float32Array(SILERO_WINDOW);
    #filled = 0;
    /** Timeline ms of the start of the window being filled. */
    #windowStartMs;
    #speaking = false;
    #silenceSinceMs = null;
    constructor(model, settings, timelineMs = 0) {
        this.#model = model;
        this.settings = settings;
        this.#windowStartMs = timelineMs;
    }
    get speaking() {
        return this.#speaking;
    }
    /** Forgets a turn in progress (the client committed or cleared the buffer itself). */
    endTurn() {
        this.#speaking = false;
        this.#silenceSinceMs = null;
    }
    /** Feeds the next appended audio; resolves with the moments it completes, in order. */
    async push(samples, sampleRate) {
        const resampled = this.#converter.push({ samples, sampleRate, channels: 1 });
        const moments = [];
        let offset = 0;
        while (offset < resampled.length) {
            const take = Math.min(SILERO_WINDOW - this.#filled, resampled.length - offset);
            for (let i = 0; i < take; i++)
                this.#window[this.#filled + i] = resampled[offset + i] / 32768;
            this.#filled += take;
            offset += take;
            if (this.#filled === SILERO_WINDOW) {
                this.#filled = 0;
                const moment = this.#step(await this.#model.probability(this.#window));
                if (moment)
                    moments.push(moment);
            }
        }
        return moments;
    }
    #step(probability) {
        const start = this.#windowStartMs;
        const end = start + WINDOW_MS;
        this.#windowStartMs = end;
        const { threshold, prefixPaddingMs, silenceDurationMs } = this.settings;
        if (!this.#speaking) {
            if (probability < threshold)
                return undefined;
            this.#speaking = true;
            this.#silenceSinceMs = null;
            return { type: 'speech_started', audioStartMs: Math.max(0, Math.floor(start - prefixPaddingMs)) };
        }
        if (probability >= Math.max(0.01, threshold - RELEASE_MARGIN)) {
            this.#silenceSinceMs = null;
            return undefined;
        }
        this.#silenceSinceMs ??= start;
        if (end - this.#silenceSinceMs < silenceDurationMs)
            return undefined;
        this.#speaking = false;
        this.#silenceSinceMs = null;
        return { type: 'speech_stopped', audioEndMs: Math.round(end) };
    }
}
//# sourceMappingURL=speech-segmenter.js.map