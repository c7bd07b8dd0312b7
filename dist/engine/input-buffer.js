// The input audio buffer: audio appended by the client, not yet committed, on the session's cumulative
// input timeline (ms of all audio appended since the session began, never wall-clock).
import { concatSamples } from '../audio/pcm.js';
export class InputAudioBuffer {
    #rate;
    #chunks = [];
    #length = 0;
    /** Timeline position (ms) of the first sample held. */
    #startMs = 0;
    constructor(sampleRate) {
        this.#rate = sampleRate;
    }
    get sampleRate() {
        return this.#rate;
    }
    get durationMs() {
        return (this.#length * 1000) / this.#rate;
    }
    /** Timeline position (ms) of the first held sample. */
    get startMs() {
        return this.#startMs;
    }
    /** Timeline position (ms) just past the last appended sample. */
    get endMs() {
        return this.#startMs + this.durationMs;
    }
    /** Switches to a new input rate; what was held is dropped (the format changed under it). */
    setSampleRate(rate) {
        if (rate === this.#rate)
            return;
        this.clear();
        this.#rate = rate;
    }
    append(samples) {
        if (samples.length === 0)
            return;
        this.#chunks.push(samples);
        this.#length += samples.length;
    }
    /** Drops held audio before timeline position `ms`. */
    dropBefore(ms) {
        const count = Math.min(this.#length, Math.max(0, Math.floor(((ms - this.#startMs) * this.#rate) / 1000)));
        if (count > 0)
            this.#take(count);
    }
    /** Removes and returns the held audio up to timeline position `ms`. */
    takeUntil(ms) {
        const count = Math.min(this.#length, Math.max(0, Math.round(((ms - this.#startMs) * this.#rate) / 1000)));
        return this.#take(count);
    }
    takeAll() {
        return this.#take(this.#length);
    }
    clear() {
        this.#take(this.#length);
    }
    /** Removes the first `count` samples, returning them; whole chunks are handed over without copying. */
    #take(count) {
        const taken = [];
        let remaining = count;
        while (remaining > 0 && this.#chunks.length > 0) {
            const head = this.#chunks[0];
            if (head.length <= remaining) {
                taken.push(head);
                this.#chunks.shift();
                remaining -= head.length;
            }
            else {
                taken.push(head.subarray(0, remaining));
                this.#chunks[0] = head.subarray(remaining);
                remaining = 0;
            }
        }
        this.#length -= count;
        this.#startMs += (count * 1000) / this.#rate;
        return taken.length === 1 ? taken[0] : concatSamples(taken);
    }
}
//# sourceMappingURL=input-buffer.js.map