import type { BenchSuite } from './suite.js';
export declare function audioPathBench(quick: boolean): BenchSuite;
