export interface PcmFrame {
    /** Interleaved samples (channel-major per instant). */
    readonly samples: Int16Array;
    readonly sampleRate: number;
    readonly channels: number;
}
/** The model's own rate: 24 kHz mono PCM16. */
export declare const MODEL_RATE = 24000;
/** LiveKit room audio rate. */
export declare const ROOM_RATE = 48000;
export declare function pcmFrame(samples: Int16Array, sampleRate: number, channels?: number): PcmFrame;
/** Averages interleaved channels into one; a mono input is returned as is (no copy). */
export declare function downmixToMono(samples: Int16Array, channels: number): Int16Array;
/** Duration in milliseconds of `sampleCount` mono samples at `sampleRate`. */
export declare function samplesToMs(sampleCount: number, sampleRate: number): number;
/** Concatenates sample runs into one array. */
export declare function concatSamples(parts: readonly Int16Array[]): Int16Array;
