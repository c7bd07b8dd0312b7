import type { Logger } from '../telemetry/log.js';
import type { FromHost, HostConfig, JobSpec } from './host-messages.js';
export declare class JobHost {
    #private;
    constructor(config: HostConfig, report: (message: FromHost) => void, logger: Logger);
    get jobCount(): number;
    start(spec: JobSpec): void;
    stop(jobId: string, reason: string): void;
    /** Ends every job and resolves once all have left their rooms. */
    stopAll(reason: string): Promise<void>;
    /** Resolves when no job is left (at once if there is none). */
    idle(): Promise<void>;
    /** An uncaught exception or unhandled rejection of this process. */
    escaped(error: unknown, kind: 'exception' | 'rejection'): void;
}
