import { Room } from '@livekit/rtc-node';
/** What the scope needs of a job: a way to fail it. */
export interface ScopedJob {
    readonly id: string;
    fail(error: unknown): void;
}
/** Runs `body` (and everything it starts) as part of `job`. */
export declare function runInJob<T>(job: ScopedJob, body: () => T): T;
/** The job the current code runs for, if any. */
export declare function currentJob(): ScopedJob | undefined;
/**
 * Starts rtc-node's native client outside every job. Its callback carries the async context it was
 * created in; created inside a job, it would tie every room's events to that job.
 */
export declare function startRtcOutsideJobs(): Promise<void>;
/** A Room whose event listeners run in its job's context; a listener that throws fails the job. */
export declare class JobRoom extends Room {
    #private;
    constructor(job: ScopedJob);
    emit(event: Parameters<Room['emit']>[0], ...args: unknown[]): boolean;
}
