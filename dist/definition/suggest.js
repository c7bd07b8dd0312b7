// "Did you mean": the closest known name to a misspelt one, by edit distance (Damerau-Levenshtein,
// optimal string alignment). Used for unknown fields, tools, MCP servers and template variables.
/** Edits (insert, delete, substitute, swap two neighbours) that turn `a` into `b`. */
export function editDistance(a, b) {
    const rows = a.length + 1;
    const cols = b.length + 1;
    const d = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
    const at = (i, j) => d[i]?.[j] ?? Number.POSITIVE_INFINITY;
    for (let i = 1; i < rows; i++) {
        for (let j = 1; j < cols; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
                best = Math.min(best, at(i - 2, j - 2) + 1);
            d[i][j] = best;
        }
    }
    return at(a.length, b.length);
}
/**
 * The known name closest to `name`, or undefined when none is close enough to be a plausible typo
 * (at most a third of the longer name's length, and at least one edit allowed).
 */
export function closest(name, known) {
    let best;
    let bestDistance = Number.POSITIVE_INFINITY;
    for (const candidate of known) {
        const distance = editDistance(name.toLowerCase(), candidate.toLowerCase());
        if (distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
        }
    }
    if (best === undefined)
        return undefined;
    const allowed = Math.max(1, Math.floor(Math.max(name.length, best.length) / 3));
    return bestDistance <= allowed ? best : undefined;
}
/** `; did you mean "x"?` or the empty string, to append to a message. */
export function didYouMean(name, known) {
    const suggestion = closest(name, known);
    return suggestion === undefined ? '' : `; did you mean "${suggestion}"?`;
}
//# sourceMappingURL=suggest.js.map