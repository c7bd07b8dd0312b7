import { type TurnTiming } from './bench-room.js';
import { type WindowUsage } from './process-usage.js';
import type { LoadFigures } from './report.js';
import type { BenchSuite } from './suite.js';
export interface DensityPlan {
    levels: number[];
    /** Talkers in the shared room of the density table. */
    sharedTalkers: number;
    /** Talker counts of the shared room as it grows. */
    sharedGrowth: number[];
    windowMs: number;
    /** Turns a level's window is stretched to cover (1 room needs a longer window than 50). */
    minTurns: number;
    /** The peer runs up to this many rooms (each of its jobs is a process). */
    peerMaxRooms: number;
}
export declare const FULL_DENSITY: DensityPlan;
export declare const QUICK_DENSITY: DensityPlan;
interface LoadRun {
    turns: TurnTiming[];
    framework: WindowUsage;
    engine: WindowUsage;
}
export declare function loadFigures(run: LoadRun, rooms: number): LoadFigures;
export declare function densityBench(plan: DensityPlan): BenchSuite;
export {};
