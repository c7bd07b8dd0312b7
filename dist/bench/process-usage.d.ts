/** One sample of a set of processes. */
export interface UsageSample {
    /** performance.now() when taken. */
    at: number;
    /** CPU time (user + system) of each live process, ms. */
    cpuMs: Map<number, number>;
    rssMb: number;
    /** Proportional set size, MB (undefined where /proc/PID/smaps_rollup is not readable). */
    pssMb: number | undefined;
    processes: number;
}
/** What a set of processes used over a window. */
export interface WindowUsage {
    /** CPU over the window as a percentage of one core (200 = two cores busy). */
    cpuPct: number;
    /** Memory at the end of the window. */
    rssMb: number;
    pssMb: number | undefined;
    processes: number;
}
/** `pids` and all their descendants, alive now. */
export declare function processTree(pids: readonly number[]): number[];
/** Samples the processes `pids` (not their children: pass `processTree(...)` for a tree). */
export declare function sampleUsage(pids: readonly number[]): UsageSample;
/**
 * Usage between two samples: CPU of the processes alive at the end (a process that started inside the
 * window counts from zero), memory as at the end.
 */
export declare function usageBetween(start: UsageSample, end: UsageSample): WindowUsage;
