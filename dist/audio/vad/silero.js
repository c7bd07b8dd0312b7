// The Silero voice-activity model (the ONNX file shipped inside @livekit/agents-plugin-silero), run
// with onnxruntime-node at 16 kHz in 512-sample windows, carrying its recurrent state and 64-sample
// context between windows. One inference session is shared; each audio stream has its own state.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { InferenceSession, Tensor } from 'onnxruntime-node';
export const SILERO_RATE = 16_000;
export const SILERO_WINDOW = 512;
const CONTEXT = 64;
/** Path of silero_vad.onnx, found through the package's own entry point (not a fixed node_modules path). */
export function sileroModelPath() {
    const require = createRequire(import.meta.url);
    return join(dirname(require.resolve('@livekit/agents-plugin-silero')), 'silero_vad.onnx');
}
let shared;
export function loadSileroModel() {
    shared ??= InferenceSession.create(sileroModelPath(), {
        interOpNumThreads: 1,
        intraOpNumThreads: 1,
        executionMode: 'sequential',
    });
    return shared;
}
/** The model's per-stream state: feed consecutive 512-sample windows, get a speech probability each. */
export class SileroStream {
    #model;
    #input = new Float32Array(CONTEXT + SILERO_WINDOW);
    #state = new Float32Array(2 * 128);
    #rate = new Tensor('int64', BigInt64Array.from([BigInt(SILERO_RATE)]), []);
    constructor(model) {
        this.#model = model;
    }
    /** Speech probability (0-1) of the next window of 512 samples in [-1, 1]. */
    async probability(window) {
        this.#input.set(window, CONTEXT);
        const result = await this.#model.run({
            input: new Tensor('float32', this.#input, [1, CONTEXT + SILERO_WINDOW]),
            state: new Tensor('float32', this.#state, [2, 1, 128]),
            sr: this.#rate,
        });
        this.#state.set(result.stateN.data);
        this.#input.copyWithin(0, SILERO_WINDOW, SILERO_WINDOW + CONTEXT);
        return result.output.data[0];
    }
    reset() {
        this.#input.fill(0);
        this.#state.fill(0);
    }
}
//# sourceMappingURL=silero.js.map