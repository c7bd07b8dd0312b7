// The input side of the audio path: cuts appended wire audio into chunks of a set duration, and keeps
// a ledger of what the server holds uncommitted (how many ms, and the chunks themselves, bounded) so a
// commit is only sent with >= 100 ms and a new socket can be given the turn that was in flight.
import { wireBytesPerSample, wireRate } from '../audio/wire-format.js';
/** The least audio the server accepts in a commit. */
export const MIN_COMMIT_MS = 100;
export class InputAudio {
    #bytesPerMs;
    #chunkBytes;
    #resendLimitBytes;
    #pending = Buffer.alloc(0);
    #uncommitted = [];
    #uncommittedBytes = 0;
    constructor(format, chunkMs, resendLimitMs) {
        const bytesPerSample = wireBytesPerSample(format);
        this.#bytesPerMs = (wireRate(format) * bytesPerSample) / 1000;
        this.#chunkBytes = Math.max(bytesPerSample, Math.round(chunkMs * this.#bytesPerMs));
        this.#resendLimitBytes = Math.round(resendLimitMs * this.#bytesPerMs);
    }
    /** Adds wire bytes; returns the whole chunks now ready to send and keeps the remainder. */
    split(bytes) {
        const all = this.#pending.length === 0 ? Buffer.from(bytes) : Buffer.concat([this.#pending, bytes]);
        const chunks = [];
        let offset = 0;
        while (all.length - offset >= this.#chunkBytes) {
            chunks.push(all.subarray(offset, offset + this.#chunkBytes));
            offset += this.#chunkBytes;
        }
        this.#pending = all.subarray(offset);
        return chunks;
    }
    /** The partial chunk still held back (sent before a commit), if any. */
    drain() {
        if (this.#pending.length === 0)
            return undefined;
        const rest = this.#pending;
        this.#pending = Buffer.alloc(0);
        return rest;
    }
    /** Records a chunk the server now holds. */
    recordSent(chunk) {
        this.#uncommitted.push(chunk);
        this.#uncommittedBytes += chunk.length;
        while (this.#uncommittedBytes > this.#resendLimitBytes && this.#uncommitted.length > 1) {
            this.#uncommittedBytes -= this.#uncommitted.shift().length;
        }
    }
    /** Milliseconds of audio the server holds uncommitted (as far as the client knows). */
    get uncommittedMs() {
        return this.#uncommittedBytes / this.#bytesPerMs;
    }
    /** The server committed or cleared its buffer. */
    reset() {
        this.#uncommitted = [];
        this.#uncommittedBytes = 0;
    }
    /** Hands over the uncommitted chunks (for a new socket) and forgets them until re-sent. */
    takeUncommitted() {
        const chunks = this.#uncommitted;
        this.reset();
        return chunks;
    }
    /** Duration of `bytes` wire bytes in this format. */
    msOf(bytes) {
        return bytes / this.#bytesPerMs;
    }
}
//# sourceMappingURL=input-audio.js.map