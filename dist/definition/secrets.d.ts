import { inspect } from 'node:util';
/** The variables a value refers to, in order. */
export declare function envReferences(value: string): string[];
/**
 * The part of a value that tries to be a reference but is not a valid one (`${env:lower}`, `${ENV:X}`,
 * `${env:X`), or undefined. Only that part is ever shown, never the rest of a value that may be secret.
 */
export declare function malformedReference(value: string): string | undefined;
/** A resolved secret. Only `reveal()` gives the value; printing, logging or serialising shows `[redacted]`. */
export declare class Secret {
    #private;
    /** Where the value came from, safe to print: `${env:OPENAI_API_KEY}` or `inline`. */
    readonly source: string;
    constructor(value: string, source: string);
    reveal(): string;
    toString(): string;
    toJSON(): string;
    [inspect.custom](): string;
}
/**
 * Resolves a definition value that may hold `${env:NAME}` references. `field` names the place in the
 * definition (`model.api_key`) so the error says which field needs which variable.
 */
export declare function resolveSecret(value: string, field: string, env?: NodeJS.ProcessEnv): Secret;
/** Resolves every `${env:NAME}` value of a record (headers, environment of a server). */
export declare function resolveSecretRecord(values: Readonly<Record<string, string>>, field: string, env?: NodeJS.ProcessEnv): Record<string, Secret>;
/**
 * Whether a literal looks like a credential: a known key prefix (`sk-`, `xai-`...), or a long token
 * without spaces and with high entropy (random-looking), optionally after `Bearer `. URLs are not.
 */
export declare function looksLikeSecret(value: string): boolean;
/**
 * pino `redact` paths for loggers that may receive raw (unwrapped) secret-bearing objects: model
 * configurations, HTTP headers and server environments. `Secret` values need no path: they hide
 * themselves.
 */
export declare const SECRET_REDACT_PATHS: readonly string[];
