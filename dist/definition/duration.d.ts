/** A whole duration string: one or more `<digits><unit>` parts. */
export declare const DURATION_PATTERN: RegExp;
/** Milliseconds for a duration string, or undefined when it is not one (`1h30m` yes, `30`, `1.5m` no). */
export declare function parseDuration(text: string): number | undefined;
/** The shortest duration string for a number of milliseconds (`90000` -> `1m30s`). */
export declare function formatDuration(ms: number): string;
/** A duration from an environment variable (`fallback` when unset); CONFIG_INVALID when malformed or short. */
export declare function durationFromEnv(env: NodeJS.ProcessEnv, variable: string, fallback: number, minMs: number): number;
