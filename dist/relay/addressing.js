// Whether a transcript addresses the agent by one of its names: words compared without case, accents or
// punctuation, each name allowed a small recognition error (none up to 3 letters, one edit up to 6, two
// beyond), and a name heard split in two ("assis tant") still counts. Pure and fast: it runs on every
// transcript delta of every turn under the `addressed` floor.
function words(text) {
    return text
        .normalize('NFKD')
        .replace(/\p{M}+/gu, '')
        .toLowerCase()
        .split(/[^\p{L}\p{N}]+/u)
        .filter((word) => word !== '');
}
/** Edits allowed between a heard word and a name of this many letters. */
function tolerance(length) {
    if (length <= 3)
        return 0;
    return length <= 6 ? 1 : 2;
}
/** Levenshtein distance, giving up (returning limit + 1) once it must exceed `limit`. */
function distance(a, b, limit) {
    if (Math.abs(a.length - b.length) > limit)
        return limit + 1;
    let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        let best = i;
        for (let j = 1; j <= b.length; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
            best = Math.min(best, current[j]);
        }
        if (best > limit)
            return limit + 1;
        previous = current;
    }
    return previous[b.length];
}
export class AgentNames {
    #names;
    constructor(names) {
        this.#names = names.map((name) => words(name).join('')).filter((name) => name !== '');
    }
    /** The name `transcript` addresses the agent by, if any. */
    heardIn(transcript) {
        const heard = words(transcript);
        // Single words, and adjacent pairs joined (a name the recogniser split, or a two-word name).
        const candidates = [...heard, ...heard.slice(1).map((word, i) => heard[i] + word)];
        for (const name of this.#names) {
            const limit = tolerance(name.length);
            if (candidates.some((candidate) => distance(candidate, name, limit) <= limit))
                return name;
        }
        return undefined;
    }
}
//# sourceMappingURL=addressing.js.map