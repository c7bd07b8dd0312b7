import type { BenchSuite } from './suite.js';
export declare const loopbackBench: BenchSuite;
