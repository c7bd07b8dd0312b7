import type { BenchSuite } from './suite.js';
export declare function dispatchBench(requests: number): BenchSuite;
