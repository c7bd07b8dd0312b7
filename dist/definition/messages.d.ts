import type { z } from 'zod';
type RawIssue = z.core.$ZodRawIssue;
/** A found value as a problem line shows it: strings quoted and cut short, structures by their kind. */
export declare function show(value: unknown): string;
/** The message for a field that is absent. */
export declare const MISSING = "required field is missing";
/**
 * An error function for a schema that names its own expectation: `expected <description>, got <found>`.
 * With `hideInput` the found value is described by its kind only (for fields that may hold secrets).
 * Absent values fall through to the parse-wide map (`required field is missing`).
 */
export declare function expecting(description: string, options?: {
    hideInput?: boolean;
}): (issue: RawIssue) => string | undefined;
/** The parse-wide error map: every issue a schema does not word itself gets a sentence from here. */
export declare function issueMessage(issue: RawIssue): string | undefined;
export {};
