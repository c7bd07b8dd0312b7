export declare class StreamingResampler {
    #private;
    readonly inputRate: number;
    readonly outputRate: number;
    constructor(inputRate: number, outputRate: number);
    /** Output samples a call with `inputLength` samples will produce, at most (for sizing buffers). */
    maxOutputFor(inputLength: number): number;
    /** Resamples the next run of input; returns the output it completes (possibly empty). */
    push(input: Int16Array): Int16Array;
    /** Pushes half a filter of silence, releasing the samples still held back by the filter delay. */
    flush(): Int16Array;
}
/** Resamples a whole clip in one go (including the tail held by the filter). */
export declare function resampleClip(samples: Int16Array, inputRate: number, outputRate: number): Int16Array;
