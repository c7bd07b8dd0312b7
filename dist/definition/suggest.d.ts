/** Edits (insert, delete, substitute, swap two neighbours) that turn `a` into `b`. */
export declare function editDistance(a: string, b: string): number;
/**
 * The known name closest to `name`, or undefined when none is close enough to be a plausible typo
 * (at most a third of the longer name's length, and at least one edit allowed).
 */
export declare function closest(name: string, known: readonly string[]): string | undefined;
/** `; did you mean "x"?` or the empty string, to append to a message. */
export declare function didYouMean(name: string, known: readonly string[]): string;
