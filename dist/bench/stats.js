// Order statistics for bench samples: percentiles by nearest rank, the median, and the summary a row
// reports (p50, p95, max and how many samples; samples that are not numbers, such as turns that got no
// answer, are counted apart and left out of the percentiles).
/** The `p`-th percentile (0-100) of `samples` by nearest rank; NaN when there are none. */
export function percentile(samples, p) {
    if (samples.length === 0)
        return Number.NaN;
    const sorted = [...samples].sort((a, b) => a - b);
    const rank = Math.ceil((p / 100) * sorted.length);
    return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}
export function median(samples) {
    return percentile(samples, 50);
}
export function summarize(samples) {
    const present = samples.filter((sample) => !Number.isNaN(sample));
    return {
        p50: percentile(present, 50),
        p95: percentile(present, 95),
        max: present.length === 0 ? Number.NaN : Math.max(...present),
        n: present.length,
        missing: samples.length - present.length,
    };
}
/** `value` rounded to `digits` decimals; NaN and infinities become null (JSON has no NaN). */
export function rounded(value, digits = 1) {
    if (!Number.isFinite(value))
        return null;
    const scale = 10 ** digits;
    return Math.round(value * scale) / scale;
}
//# sourceMappingURL=stats.js.map