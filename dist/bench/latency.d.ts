import { type TurnTiming } from './bench-room.js';
import type { LatencyFigures } from './report.js';
import type { BenchSuite } from './suite.js';
export declare function latencyFigures(turns: readonly TurnTiming[], floorP50?: number): LatencyFigures;
export declare const latencyBench: BenchSuite;
