// The process-wide pino logger. Modules take a child of it that carries their ids (room, participant,
// agent, session); nothing in src/ writes to the console directly.
// LOG_LEVEL picks the level (default info); LOG_FORMAT=json switches off the pretty terminal output.
import { pino } from 'pino';
function createRootLogger() {
    const level = process.env.LOG_LEVEL ?? 'info';
    const pretty = process.env.LOG_FORMAT !== 'json' && process.stdout.isTTY;
    if (!pretty)
        return pino({ level, base: undefined });
    return pino({
        level,
        base: undefined,
        transport: {
            target: 'pino-pretty',
            options: { colorize: true, translateTime: 'HH:MM:ss.l', ignore: 'pid,hostname' },
        },
    });
}
let root;
/** The root logger, created on first use. */
export function log() {
    root ??= createRootLogger();
    return root;
}
/** Replaces the root logger (tests pass a silent one, the CLI a configured one). */
export function setLogger(logger) {
    root = logger;
}
//# sourceMappingURL=log.js.map