import { InferenceSession } from 'onnxruntime-node';
export declare const SILERO_RATE = 16000;
export declare const SILERO_WINDOW = 512;
/** Path of silero_vad.onnx, found through the package's own entry point (not a fixed node_modules path). */
export declare function sileroModelPath(): string;
export declare function loadSileroModel(): Promise<InferenceSession>;
/** The model's per-stream state: feed consecutive 512-sample windows, get a speech probability each. */
export declare class SileroStream {
    #private;
    constructor(model: InferenceSession);
    /** Speech probability (0-1) of the next window of 512 samples in [-1, 1]. */
    probability(window: Float32Array): Promise<number>;
    reset(): void;
}
