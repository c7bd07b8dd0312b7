import type { Logger } from '../telemetry/log.js';
export interface ChildOptions {
    /** Names the process in logs and errors. */
    name: string;
    args?: string[];
    env?: Record<string, string>;
    logger: Logger;
}
export declare class BenchChild<Incoming = unknown> {
    #private;
    readonly name: string;
    readonly exited: Promise<number | null>;
    /** Starts `module` (a path from the project root). */
    constructor(module: string, options: ChildOptions);
    get pid(): number;
    get running(): boolean;
    /** The last lines the process wrote. */
    output(): string;
    send(message: unknown): void;
    onMessage(listener: (message: Incoming) => void): () => void;
    /** The next message `accept` takes (it may map the message to what the caller wants). */
    next<T>(accept: (message: Incoming) => T | undefined, what: string, timeoutMs?: number): Promise<T>;
    /** The first output line matching `pattern` (already written or still to come). */
    line(pattern: RegExp, timeoutMs?: number): Promise<RegExpMatchArray>;
    /** Ends the process: SIGTERM, then SIGKILL after `graceMs`. */
    stop(graceMs?: number): Promise<void>;
}
