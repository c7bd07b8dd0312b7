import type { Logger } from '../telemetry/log.js';
import { type BenchReport } from './report.js';
import type { BenchSuite } from './suite.js';
export interface BenchOptions {
    quick: boolean;
    /** Suite names to run (all when undefined). */
    only: string[] | undefined;
    /** Turns per latency row. */
    turns: number;
    /** Density levels (rooms at once). */
    levels: number[];
    peerMaxRooms: number;
    /** What talkers say (48 kHz speech WAV). */
    talkerWav: string;
    /** What the engine answers with. */
    replyWav: string;
    /** A longer speech WAV for the audio path. */
    audioWav: string;
    jsonPath: string;
    mdPath: string;
    logger: Logger;
}
export declare function benchSuites(options: Pick<BenchOptions, 'quick' | 'levels' | 'peerMaxRooms'>): BenchSuite[];
export declare function runBench(options: BenchOptions): Promise<BenchReport>;
