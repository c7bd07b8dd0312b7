import type { LiveKitCredentials } from './credentials.js';
import { type Isolation } from './host-pool.js';
export declare const DEFAULT_AGENT_NAME = "roomvoice";
export interface WorkerOptions {
    credentials: LiveKitCredentials;
    /** The name dispatches use to reach this worker (explicit dispatch). */
    agentName: string;
    /** Port of the worker's health endpoint on 127.0.0.1; 0 picks a free one. */
    healthPort: number;
    /** Rooms this worker takes at once; its reported load is jobs in use over this. */
    maxJobs: number;
    /** `host`: rooms share job host processes; `process`: each job runs in a process of its own. */
    isolation: Isolation;
    /** Job host processes (isolation `host`). */
    hosts: number;
    /** How long a drain waits for rooms to finish before ending them. */
    drainTimeoutMs: number;
    agentsDir: string;
    /** The definition a job runs when its dispatch names none. */
    defaultAgent: string;
    /** Definition names the worker also registers under, each dispatchable by its own name. */
    definitions: readonly string[];
    /** How long a dispatch counts as on its way when judging duplicates (room-agents.ts). */
    dispatchGraceMs: number;
}
export declare function workerOptionsFromEnv(credentials: LiveKitCredentials, env?: NodeJS.ProcessEnv): WorkerOptions;
export interface RunningWorker {
    /** The health endpoint's port on 127.0.0.1. */
    healthPort: number;
    /** Settles when the worker stops: resolves on close, rejects if it lost the server or its hosts for good. */
    done: Promise<void>;
    /** Stops taking jobs, lets the rooms finish (ending those left after the drain timeout), then closes. */
    drain(): Promise<void>;
    /** Ends every room now and closes. */
    close(): Promise<void>;
}
/** A worker not started yet: `start()` it (a shutdown signal may `drain()` it at any time). */
export declare function createWorker(options: WorkerOptions): RunningWorker & {
    start(): Promise<boolean>;
};
/** Creates and starts a worker; resolves once it is registered. */
export declare function startWorker(options: WorkerOptions): Promise<RunningWorker>;
