// Turns a participant's frames (any rate 8-48 kHz, mono or stereo) into mono PCM16 at one target rate,
// e.g. room audio to the model's 24 kHz and model audio to the room's 48 kHz. One per audio stream:
// it holds the resampler state that keeps consecutive frames seamless.
import { downmixToMono, type PcmFrame } from './pcm.js';
import { StreamingResampler } from './resampler.js';

export class RateConverter {
  readonly targetRate: number;
  readonly #zeroCrossings: number | undefined;
  #resampler: StreamingResampler | undefined;

  /** `zeroCrossings`: the resampler's filter length (see StreamingResampler), when not the default. */
  constructor(targetRate: number, zeroCrossings?: number) {
    this.targetRate = targetRate;
    this.#zeroCrossings = zeroCrossings;
  }

  /** Converts the next frame; a change of input rate starts a fresh resampler. */
  push(frame: PcmFrame): Int16Array {
    const mono = downmixToMono(frame.samples, frame.channels);
    if (frame.sampleRate === this.targetRate) return mono;
    if (this.#resampler?.inputRate !== frame.sampleRate) {
      this.#resampler = new StreamingResampler(frame.sampleRate, this.targetRate, this.#zeroCrossings);
    }
    return this.#resampler.push(mono);
  }

  /** Releases the samples still held back by the resampler's filter delay. */
  flush(): Int16Array {
    const tail = this.#resampler?.flush() ?? new Int16Array(0);
    this.#resampler = undefined;
    return tail;
  }
}
