import type { Logger } from '../telemetry/log.js';
import type { DispatchTarget } from './agent-catalog.js';
import { type AgentNaming, type ClaimDecision } from './room-agents.js';
import { type ServerApi } from './server-api.js';
/** The parts of a job offer (livekit.Job) a claim reads. */
export interface JobOffer extends DispatchTarget {
    id: string;
    dispatchId: string;
    room?: {
        name: string;
    };
}
export type JobClaim = (ClaimDecision & {
    join: true;
    agent: string | undefined;
}) | (ClaimDecision & {
    join: false;
});
export declare class RoomClaims {
    #private;
    constructor(api: ServerApi, naming: AgentNaming, graceMs: number, logger: Logger);
    /** Whether this job may join its room. A failed read lets it join (a missing agent is worse). */
    decide(job: JobOffer): Promise<JobClaim>;
    /** Removes a declined duplicate's dispatch, once LiveKit is done offering it (never awaited in the offer). */
    withdraw(job: JobOffer): void;
}
