// A streaming polyphase windowed-sinc resampler for mono PCM16 between any two rates (8-48 kHz).
// It keeps its filter history across calls, so frames can be pushed one by one without clicks at
// their edges; the output lags the input by the filter's half width (under 1 ms at 48 kHz).

/** Zero crossings of the sinc on each side: the filter's sharpness, and its cost per sample. */
const ZERO_CROSSINGS = 16;
const KAISER_BETA = 8.6;
/** Passband edge as a fraction of the lower Nyquist frequency (leaves room for the transition band). */
const ROLLOFF = 0.92;

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}

/** Zeroth-order modified Bessel function of the first kind (for the Kaiser window). */
function besselI0(x: number): number {
  let sum = 1;
  let term = 1;
  for (let k = 1; k < 50; k++) {
    term *= (x / (2 * k)) ** 2;
    sum += term;
    if (term < 1e-12 * sum) break;
  }
  return sum;
}

export class StreamingResampler {
  readonly inputRate: number;
  readonly outputRate: number;
  /** Interpolation factor L and decimation factor M of the rational ratio L/M. */
  readonly #up: number;
  readonly #down: number;
  /** Taps per phase and the filter table, `#up` rows of `#taps` coefficients. */
  readonly #taps: number;
  readonly #table: Float32Array;
  /** Input history: the last `#taps - 1` samples not yet fully used, then room for the next frame. */
  #history: Float32Array;
  #historyLength: number;
  /** Position of the next output in the history: integer sample index and phase (0..L-1). */
  #index = 0;
  #phase = 0;

  /** `zeroCrossings` below the default trades a wider transition band for fewer taps. */
  constructor(inputRate: number, outputRate: number, zeroCrossings = ZERO_CROSSINGS) {
    this.inputRate = inputRate;
    this.outputRate = outputRate;
    const divisor = gcd(inputRate, outputRate);
    this.#up = outputRate / divisor;
    this.#down = inputRate / divisor;
    const cutoff = Math.min(1, outputRate / inputRate) * ROLLOFF;
    const halfWidth = Math.ceil(zeroCrossings / cutoff);
    this.#taps = 2 * halfWidth;
    this.#table = this.#design(cutoff, halfWidth);
    // Start with half a filter of silence, so the first output lines up with the first input sample.
    this.#history = new Float32Array(this.#taps + 4096);
    this.#historyLength = halfWidth - 1;
  }

  /** Output samples a call with `inputLength` samples will produce, at most (for sizing buffers). */
  maxOutputFor(inputLength: number): number {
    return Math.ceil(((this.#historyLength + inputLength) * this.#up) / this.#down) + 1;
  }

  /** Resamples the next run of input; returns the output it completes (possibly empty). */
  push(input: Int16Array): Int16Array {
    if (this.#up === this.#down) return input.slice();
    this.#append(input);
    const out = new Int16Array(this.maxOutputFor(0));
    let produced = 0;
    const taps = this.#taps;
    const table = this.#table;
    const history = this.#history;
    const last = this.#historyLength - taps;
    while (this.#index <= last) {
      const row = this.#phase * taps;
      const base = this.#index;
      let acc = 0;
      for (let k = 0; k < taps; k++) acc += history[base + k]! * table[row + k]!;
      out[produced++] = acc > 32767 ? 32767 : acc < -32768 ? -32768 : Math.round(acc);
      this.#phase += this.#down;
      while (this.#phase >= this.#up) {
        this.#phase -= this.#up;
        this.#index++;
      }
    }
    this.#discardUsed();
    return out.subarray(0, produced);
  }

  /** Pushes half a filter of silence, releasing the samples still held back by the filter delay. */
  flush(): Int16Array {
    return this.push(new Int16Array(this.#taps / 2));
  }

  /** Kaiser-windowed sinc, one row per phase: row p holds the taps for an output p/L past a sample. */
  #design(cutoff: number, halfWidth: number): Float32Array {
    const up = this.#up;
    const taps = this.#taps;
    const table = new Float32Array(up * taps);
    const windowNorm = besselI0(KAISER_BETA);
    for (let p = 0; p < up; p++) {
      const fraction = p / up;
      let sum = 0;
      for (let k = 0; k < taps; k++) {
        // Tap k reads history[index + k]; the output sits at index + halfWidth - 1 + fraction.
        const x = k - (halfWidth - 1) - fraction;
        const ratio = x / halfWidth;
        const window =
          Math.abs(ratio) >= 1 ? 0 : besselI0(KAISER_BETA * Math.sqrt(1 - ratio * ratio)) / windowNorm;
        const argument = Math.PI * cutoff * x;
        const sinc = x === 0 ? 1 : Math.sin(argument) / argument;
        const value = cutoff * sinc * window;
        table[p * taps + k] = value;
        sum += value;
      }
      // Unity gain at DC for every phase.
      for (let k = 0; k < taps; k++) table[p * taps + k]! /= sum;
    }
    return table;
  }

  #append(input: Int16Array): void {
    const needed = this.#historyLength + input.length;
    if (needed > this.#history.length) {
      const grown = new Float32Array(Math.max(needed, this.#history.length * 2));
      grown.set(this.#history.subarray(0, this.#historyLength));
      this.#history = grown;
    }
    const history = this.#history;
    let at = this.#historyLength;
    for (let i = 0; i < input.length; i++) history[at++] = input[i]!;
    this.#historyLength = at;
  }

  #discardUsed(): void {
    const used = this.#index;
    if (used === 0) return;
    this.#history.copyWithin(0, used, this.#historyLength);
    this.#historyLength -= used;
    this.#index = 0;
  }
}

/** Resamples a whole clip in one go (including the tail held by the filter). */
export function resampleClip(samples: Int16Array, inputRate: number, outputRate: number): Int16Array {
  if (inputRate === outputRate) return samples;
  const resampler = new StreamingResampler(inputRate, outputRate);
  const body = resampler.push(samples);
  const tail = resampler.flush();
  const expected = Math.round((samples.length * outputRate) / inputRate);
  const out = new Int16Array(expected);
  out.set(body.subarray(0, expected));
  if (body.length < expected) out.set(tail.subarray(0, expected - body.length), body.length);
  return out;
}
