import { z } from 'zod';
/** A duration string (`30m`, `10s`, `1h30m`) within bounds, read as milliseconds. */
export declare function duration(minMs: number, maxMs: number): z.ZodPipe<z.ZodString, z.ZodTransform<number, string>>;
/**
 * A value that may be a secret: `${env:NAME}` (resolved when the agent starts), or a literal (allowed,
 * but the loader warns). Never echoed in error messages.
 */
export declare const secretValue: z.ZodString;
/** Text the model reads, with `{{variables}}` checked when the definition loads. */
export declare function templateText(maxLength: number): z.ZodString;
/** Name patterns with `*` (any run) and `?` (one character), e.g. `support-*`. */
export declare const globList: z.ZodArray<z.ZodString>;
/** A list of non-empty strings with no repeats. */
export declare function uniqueList<T extends z.ZodType<string>>(item: T, what: string): z.ZodArray<T>;
