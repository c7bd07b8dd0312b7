import type { Logger } from '../telemetry/log.js';
import { TypedEmitter } from '../typed-emitter.js';
import { type FromHost, type HostConfig, type JobSpec } from './host-messages.js';
export type Isolation = 'host' | 'process';
export interface HostPoolOptions {
    isolation: Isolation;
    /** Host processes to keep (isolation `host`). */
    hosts: number;
    /** Given to every host: where definitions and plugins are. */
    config: Omit<HostConfig, 'singleJob'>;
    logger: Logger;
    /** How long a host may take to start before it counts as broken. */
    startTimeoutMs?: number;
}
export interface HostPoolEvents {
    /** A job reported its status. */
    job: Extract<FromHost, {
        type: 'job';
    }>;
    /** A host process ended without being asked to, with the jobs it still carried. */
    host_lost: {
        pid: number;
        code: number | null;
        signal: string | null;
        jobs: JobSpec[];
    };
    /** A host could not be started: the pool cannot work. */
    broken: {
        error: Error;
    };
}
/** A host as the /worker endpoint shows it. */
export interface HostSummary {
    pid: number;
    ready: boolean;
    rooms: string[];
}
export declare class HostPool extends TypedEmitter<HostPoolEvents> {
    #private;
    constructor(options: HostPoolOptions);
    /**
     * Starts the hosts (or, with isolation `process`, the one kept ready) and waits until they are; rejects
     * if one cannot start. Later, a host that cannot start is reported as `broken`.
     */
    start(): Promise<void>;
    /** Runs a job on a host; returns the host's pid, or undefined once the pool is closing. */
    run(spec: JobSpec): number | undefined;
    stop(jobId: string, reason: string): void;
    summary(): HostSummary[];
    /** Every host process id. */
    pids(): number[];
    /** Asks every host to end its rooms and exit; kills those still running after `timeoutMs`. */
    close(reason: string, timeoutMs?: number): Promise<void>;
}
