import type { Logger } from '../telemetry/log.js';
import type { JobSpec } from './host-messages.js';
import { type ScopedJob } from './job-scope.js';
/** What every job of a host shares. */
export interface JobEnvironment {
    agentsDir: string;
    defaultAgent: string;
    projectDir: string;
    logger: Logger;
}
export type JobOutcome = {
    status: 'success';
    reason: string;
} | {
    status: 'failed';
    error: string;
};
/** What a job tells its host: that its agent runs, then how it ended (before it leaves the room). */
export interface JobReports {
    running(): void;
    ended(outcome: JobOutcome): void;
}
export declare class Job implements ScopedJob {
    #private;
    readonly id: string;
    /** Settles once the job has left its room (or never joined it). */
    readonly done: Promise<JobOutcome>;
    /** Starts the job at once. */
    constructor(spec: JobSpec, env: JobEnvironment, reports: JobReports);
    /** Ends the job: the agent closes and leaves the room. */
    stop(reason: string): void;
    /** Fails the job (an error escaped it): it reports the failure and leaves its room. */
    fail(error: unknown): void;
}
