import { type PcmFrame } from './pcm.js';
export declare class RateConverter {
    #private;
    readonly targetRate: number;
    constructor(targetRate: number);
    /** Converts the next frame; a change of input rate starts a fresh resampler. */
    push(frame: PcmFrame): Int16Array;
    /** Releases the samples still held back by the resampler's filter delay. */
    flush(): Int16Array;
}
