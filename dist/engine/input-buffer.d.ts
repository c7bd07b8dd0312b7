export declare class InputAudioBuffer {
    #private;
    constructor(sampleRate: number);
    get sampleRate(): number;
    get durationMs(): number;
    /** Timeline position (ms) of the first held sample. */
    get startMs(): number;
    /** Timeline position (ms) just past the last appended sample. */
    get endMs(): number;
    /** Switches to a new input rate; what was held is dropped (the format changed under it). */
    setSampleRate(rate: number): void;
    append(samples: Int16Array): void;
    /** Drops held audio before timeline position `ms`. */
    dropBefore(ms: number): void;
    /** Removes and returns the held audio up to timeline position `ms`. */
    takeUntil(ms: number): Int16Array;
    takeAll(): Int16Array;
    clear(): void;
}
