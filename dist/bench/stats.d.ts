/** The `p`-th percentile (0-100) of `samples` by nearest rank; NaN when there are none. */
export declare function percentile(samples: readonly number[], p: number): number;
export declare function median(samples: readonly number[]): number;
export interface Summary {
    p50: number;
    p95: number;
    max: number;
    /** Samples summarised. */
    n: number;
    /** Samples that were NaN (a turn with no answer, a greeting never heard). */
    missing: number;
}
export declare function summarize(samples: readonly number[]): Summary;
/** `value` rounded to `digits` decimals; NaN and infinities become null (JSON has no NaN). */
export declare function rounded(value: number, digits?: number): number | null;
