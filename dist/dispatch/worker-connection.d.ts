import { type AvailabilityRequest, type JobAssignment, type JobTermination } from '@livekit/protocol';
import type { Logger } from '../telemetry/log.js';
import { TypedEmitter } from '../typed-emitter.js';
import type { LiveKitCredentials } from './credentials.js';
export interface WorkerConnectionEvents {
    /** The server offers a job: answer with `answerOffer`. */
    availability: AvailabilityRequest;
    /** A job this worker accepted is assigned: its room URL and participant token. */
    assignment: JobAssignment;
    /** The server ends a job (its dispatch was deleted, the room closed, the agent left). */
    termination: JobTermination;
    /** The socket closed; `error` says why unless `close()` closed it. */
    closed: {
        error?: Error;
    };
}
export interface WorkerRegistration {
    /** The name dispatches address (explicit dispatch). */
    agentName: string;
    /** This software's version, shown by the server. */
    version: string;
}
/** How a job ended, or that it runs, as the worker reports it. */
export type JobReport = 'running' | 'success' | 'failed';
export interface ConnectionOptions {
    /** How long the upgrade and the registration answer may take. */
    timeoutMs?: number;
    /** Interval of the protocol's pings; a server silent for three intervals is taken as gone. */
    pingIntervalMs?: number;
}
export declare class WorkerConnection extends TypedEmitter<WorkerConnectionEvents> {
    #private;
    private constructor();
    /** Connects and registers; resolves once the server has accepted the worker. */
    static open(credentials: LiveKitCredentials, registration: WorkerRegistration, logger: Logger, options?: ConnectionOptions): Promise<WorkerConnection>;
    /** The id the server gave this worker at registration. */
    get workerId(): string;
    /** Accepts an offered job (joining as `identity`) or, without `accept`, declines it. */
    answerOffer(jobId: string, accept?: {
        identity: string;
        name: string;
        attributes: Record<string, string>;
    }): void;
    /** Reports the worker's load (0-1) and whether it takes more jobs. */
    updateWorker(load: number, full: boolean, jobCount: number): void;
    /** Reports a job running, or ended with success or failure (`error` says why). */
    updateJob(jobId: string, status: JobReport, error?: string): void;
    get open(): boolean;
    close(): void;
}
