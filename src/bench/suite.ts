// What a bench suite is: a named measurement that returns rows of figures. `pnpm bench` runs the
// registered suites in order; later suites (room end-of-speech to first reply sound) plug in here.
import type { Logger } from '../telemetry/log.js';

export interface BenchRow {
  suite: string;
  metric: string;
  unit: string;
  /** A single figure (e.g. ns per frame, median of rounds). */
  value?: number;
  p50?: number;
  p95?: number;
  samples?: number;
  /** The figure divided by the baseline measured in the same run. */
  ratio?: number;
  baseline?: string;
  /** Share of one CPU core that one real-time stream of this work takes (0-1). */
  coreShare?: number;
}

export interface BenchContext {
  /** Repetitions for round-trip suites (turns, requests). */
  turns: number;
  /** A 48 kHz speech recording to drive audio through (mono or stereo PCM16 WAV). */
  speechWav: string | undefined;
  logger: Logger;
}

export interface BenchSuite {
  readonly name: string;
  readonly description: string;
  run(context: BenchContext): Promise<BenchRow[]>;
}
