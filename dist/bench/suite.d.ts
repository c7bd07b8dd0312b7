import type { Logger } from '../telemetry/log.js';
import type { RoomLab } from './lab.js';
import type { BenchSections } from './report.js';
export interface BenchRow {
    suite: string;
    metric: string;
    unit: string;
    /** A single figure (e.g. µs per frame, CPU %). */
    value?: number;
    p50?: number;
    p95?: number;
    samples?: number;
    /** The figure divided by the baseline measured in the same run. */
    ratio?: number;
    baseline?: string;
}
export interface BenchContext {
    /** A short run for a check (`--quick`). */
    quick: boolean;
    /** Turns per latency row. */
    turns: number;
    /** A 48 kHz speech recording the talkers say (mono or stereo PCM16 WAV). */
    speechWav: string | undefined;
    logger: Logger;
    /** The room lab, started on first use and shared by the suites of a run. */
    lab(): Promise<RoomLab>;
}
export interface SuiteOutcome {
    rows: BenchRow[];
    sections: Partial<BenchSections>;
}
export interface BenchSuite {
    readonly name: string;
    readonly description: string;
    run(context: BenchContext): Promise<SuiteOutcome>;
}
