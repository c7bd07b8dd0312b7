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

/** Where in the chirp (ms) the window `samples[from, from + length)` is centred, by its pitch. */
function positionMs(samples: Int16Array, from: number, length: number, rate: number): number {
  return (pitchHz(samples, from, length, rate) - CHIRP.startHz) / CHIRP.hzPerMs;
}

/** The first loud run of `samples`: first and last loud sample, ending before a quiet step or more. */
function loudRun(
  samples: Int16Array,
  rate: number,
  loudAbove: number,
): { start: number; end: number } | undefined {
  const step = (rate * STEP_MS) / 1000;
  const start = samples.findIndex((sample) => Math.abs(sample) > loudAbove);
  if (start < 0) return undefined;
  let end = start;
  for (let i = start; i < samples.length && i - end <= step; i++) {
    if (Math.abs(samples[i]!) > loudAbove) end = i;
  }
  return { start, end };
}

/**
 * How far into the chirp (ms) the first loud run of `samples` got: the position of the last window wholly
 * inside the run whose pitch its neighbour agrees with, plus the run's length after that window's centre.
 * Undefined when no chirp is found.
 */
export function chirpHeardMs(samples: Int16Array, rate: number, loudAbove = 2_000): number | undefined {
  const window = (rate * WINDOW_MS) / 1000;
  const step = (rate * STEP_MS) / 1000;
  const run = loudRun(samples, rate, loudAbove);
  if (!run) return undefined;
  const { start, end } = run;
  let reached: number | undefined;
  let previous: number | undefined;
  for (let from = start; from + window <= end + 1; from += step) {
    const position = positionMs(samples, from, window, rate);
    if (previous !== undefined && Math.abs(position - previous) < AGREE_MS) {
      reached = position + ((end + 1 - (from + window / 2)) * 1000) / rate;
    }
    previous = position;
  }
  return reached;
}

/**
 * Where in the chirp (ms) the first loud run of `samples` begins: the position of its first window whose
 * pitch the next window agrees with, less the run's length before that window's centre. Undefined when no
 * chirp is found.
 */
export function chirpStartMs(samples: Int16Array, rate: number, loudAbove = 2_000): number | undefined {
  const window = (rate * WINDOW_MS) / 1000;
  const step = (rate * STEP_MS) / 1000;
  const run = loudRun(samples, rate, loudAbove);
  if (!run) return undefined;
  for (let from = run.start; from + window + step <= run.end + 1; from += step) {
    const position = positionMs(samples, from, window, rate);
    if (Math.abs(positionMs(samples, from + step, window, rate) - position - STEP_MS) < AGREE_MS)
      return position - ((from + window / 2 - run.start) * 1000) / rate;
  }
  return undefined;
}

/** Windows this far apart, in `chirpOrder`: one frame of the agent's track. */
const ORDER_STEP_MS = 20;

/**
 * Whether a listener heard the chirp as it was sent: over the first loud run, windows `ORDER_STEP_MS` apart
 * must find it that much further on (within half of it); a repeated or stale frame moves it by nothing, or
 * jumps. Returns how many steps were read and the share of them in order.
 */
export function chirpOrder(
  samples: Int16Array,
  rate: number,
  loudAbove = 2_000,
): { steps: number; inOrder: number } {
  const run = loudRun(samples, rate, loudAbove);
  if (!run) return { steps: 0, inOrder: 0 };
  const window = (rate * WINDOW_MS) / 1000;
  const step = (rate * ORDER_STEP_MS) / 1000;
  let steps = 0;
  let inOrder = 0;
  let previous: number | undefined;
  for (let from = run.start; from + window <= run.end + 1; from += step) {
    const position = positionMs(samples, from, window, rate);
    if (previous !== undefined) {
      steps++;
      if (Math.abs(position - previous - ORDER_STEP_MS) <= ORDER_STEP_MS / 2) inOrder++;
    }
    previous = position;
  }
  return { steps, inOrder: steps === 0 ? 0 : inOrder / steps };
}
