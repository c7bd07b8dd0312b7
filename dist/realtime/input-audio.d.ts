import { type WireAudioFormat } from '../audio/wire-format.js';
/** The least audio the server accepts in a commit. */
export declare const MIN_COMMIT_MS = 100;
export declare class InputAudio {
    #private;
    constructor(format: WireAudioFormat, chunkMs: number, resendLimitMs: number);
    /** Adds wire bytes; returns the whole chunks now ready to send and keeps the remainder. */
    split(bytes: Uint8Array): Buffer[];
    /** The partial chunk still held back (sent before a commit), if any. */
    drain(): Buffer | undefined;
    /** Records a chunk the server now holds. */
    recordSent(chunk: Buffer): void;
    /** Milliseconds of audio the server holds uncommitted (as far as the client knows). */
    get uncommittedMs(): number;
    /** The server committed or cleared its buffer. */
    reset(): void;
    /** Hands over the uncommitted chunks (for a new socket) and forgets them until re-sent. */
    takeUncommitted(): Buffer[];
    /** Duration of `bytes` wire bytes in this format. */
    msOf(bytes: number): number;
}
