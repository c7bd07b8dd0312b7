import type { BenchSuite } from './suite.js';
export declare function toolCallBench(callsPerTool: number): BenchSuite;
