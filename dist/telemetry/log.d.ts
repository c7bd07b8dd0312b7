import { type Logger } from 'pino';
export type { Logger } from 'pino';
/** The root logger, created on first use. */
export declare function log(): Logger;
/** Replaces the root logger (tests pass a silent one, the CLI a configured one). */
export declare function setLogger(logger: Logger): void;
