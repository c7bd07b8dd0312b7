// Where in a chirp a listener got to. An answer that is a linear frequency sweep says, in every frame, its
// own position: the pitch a listener heard last is how far into the answer they got, whatever the
// receiver's jitter buffer did meanwhile (it stretches, shortens and conceals audio under load, so
// counting received milliseconds overstates or understates what was sent).

/** The sweep of the `chirp-6s-24k` fixture (sox `synth 6 sine 200:3200`). */
export const CHIRP = { startHz: 200, hzPerMs: 0.5, durationMs: 6_000 };

const WINDOW_MS = 40;
const STEP_MS = 10;
/** Two windows 10 ms apart agree on the position within this (rejects concealment and codec artefacts). */
const AGREE_MS = 25;

/** Mean pitch of `samples[from, from + length)` from its interpolated upward zero crossings (0 if none). */
function pitchHz(samples: Int16Array, from: number, length: number, rate: number): number {
  let first = -1;
  let last = -1;
  let crossings = 0;
  for (let i = from + 1; i < from + length; i++) {
    const before = samples[i - 1]!;
    const now = samples[i]!;
    if (before < 0 && now >= 0) {
      const at = i - 1 + -before / (now - before);
      if (first < 0) first = at;
      last = at;
      crossings++;
    }
  }
  return crossings < 2 ? 0 : ((crossings - 1) * rate) / (last - first);
}

/**
 * How far into the chirp (ms) the first loud run of `samples` got: the position of the last pitch heard
 * that its neighbour agrees with, plus half a window. Undefined when no chirp is found.
 */
export function chirpHeardMs(samples: Int16Array, rate: number, loudAbove = 2_000): number | undefined {
  const window = (rate * WINDOW_MS) / 1000;
  const step = (rate * STEP_MS) / 1000;
  const start = samples.findIndex((sample) => Math.abs(sample) > loudAbove);
  if (start < 0) return undefined;
  let reached: number | undefined;
  let previous: number | undefined;
  for (let from = start; from + window <= samples.length; from += step) {
    let peak = 0;
    for (let i = from; i < from + window; i++) peak = Math.max(peak, Math.abs(samples[i]!));
    if (peak < loudAbove) break; // the first loud run is over
    const hz = pitchHz(samples, from, window, rate);
    const position = (hz - CHIRP.startHz) / CHIRP.hzPerMs;
    if (previous !== undefined && Math.abs(position - previous) < AGREE_MS) {
      reached = Math.max(reached ?? 0, position + WINDOW_MS / 2);
    }
    previous = position;
  }
  return reached;
}
