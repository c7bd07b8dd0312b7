// The process-wide pino logger. Modules take a child of it that carries their ids (room, participant,
// agent, session); nothing in src/ writes to the console directly. Every line it writes is redacted
// (src/telemetry/redact.ts): secret values, tokens, API keys and Authorization headers never reach
// the output, wherever they appear in a line.
// LOG_LEVEL picks the level (default info); LOG_FORMAT=json switches off the pretty terminal output.
import { type DestinationStream, type Logger, pino } from 'pino';
import { redactLine } from './redact.js';

export type { Logger } from 'pino';

export interface LoggerOptions {
  /** Default: LOG_LEVEL, else info. */
  level?: string;
  /** Where lines go (default stdout, pretty on a terminal unless LOG_FORMAT=json). */
  destination?: DestinationStream;
}

/** A logger with the project's settings: no pid/hostname, standard error serialiser, redaction. */
export function createLogger(options: LoggerOptions = {}): Logger {
  const level = options.level ?? process.env.LOG_LEVEL ?? 'info';
  const settings = { level, base: undefined, hooks: { streamWrite: redactLine } };
  if (options.destination) return pino(settings, options.destination);
  const pretty = process.env.LOG_FORMAT !== 'json' && process.stdout.isTTY;
  if (!pretty) return pino(settings);
  return pino({
    ...settings,
    transport: {
      target: 'pino-pretty',
      options: { colorize: true, translateTime: 'HH:MM:ss.l', ignore: 'pid,hostname' },
    },
  });
}

let root: Logger | undefined;

/** The root logger, created on first use. */
export function log(): Logger {
  root ??= createLogger();
  return root;
}

/** Replaces the root logger (tests pass a silent one, the CLI a configured one). */
export function setLogger(logger: Logger): void {
  root = logger;
}
