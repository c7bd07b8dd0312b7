import type { AgentDispatch, ParticipantInfo } from 'livekit-server-sdk';
import { type DispatchTarget } from './agent-catalog.js';
/** The participant attribute naming the definition an agent runs (set when its job is accepted). */
export declare const AGENT_DEFINITION_ATTRIBUTE = "roomvoice.agent";
/**
 * The participant attribute naming the dispatch an agent came by (set when its job is accepted): LiveKit's
 * ListDispatch does not report a dispatch's jobs, so this is how a dispatch is known to be present.
 */
export declare const AGENT_DISPATCH_ATTRIBUTE = "roomvoice.dispatch";
/** The attribute LiveKit stamps on agent participants: the name the worker registered under. */
export declare const LIVEKIT_AGENT_NAME_ATTRIBUTE = "lk.agent_name";
/** How a definition is reached: the worker's general name, and the definition that name runs by default. */
export interface AgentNaming {
    generalName: string;
    fallback: string;
}
/**
 * The definition a dispatch runs, or undefined when its metadata cannot say (the job reports why) or it
 * names no agent (LiveKit's default dispatch of every new room, for workers without a name).
 */
export declare function dispatchDefinition(dispatch: DispatchTarget, naming: AgentNaming): string | undefined;
/** The definition an agent participant runs, or undefined for anyone else. */
export declare function participantDefinition(participant: ParticipantInfo, naming: AgentNaming): string | undefined;
/**
 * Where a dispatch stands: its agent is `present` in the room; it is `starting` (its job offer is out,
 * for up to the grace period after the dispatch was made; or a worker accepted its job, and the job
 * process has up to JOB_START_GRACES grace periods from then to join); or it is `stale` (no agent of it
 * in the room: its job was declined, failed, ended, or its worker died).
 */
export type DispatchStanding = 'present' | 'starting' | 'stale';
/** Grace periods a job accepted by a worker has to join (a cold job process may take long to start). */
export declare const JOB_START_GRACES = 3;
export interface RoomDispatch {
    id: string;
    room: string;
    /** The definition it runs (undefined: metadata the job will refuse). */
    agent: string | undefined;
    /** The name LiveKit dispatched to. */
    agentName: string;
    createdAtMs: number;
    /** Identities its jobs were accepted with. */
    identities: string[];
    standing: DispatchStanding;
}
export interface RoomAgentFacts {
    dispatches: RoomDispatch[];
    /** Agent participants in the room, by the definition they run. */
    agents: Map<string, string[]>;
}
/** Reads a room's dispatches and participants, judging standing with the grace period `graceMs`. */
export declare function readRoomAgents(dispatches: readonly AgentDispatch[], participants: readonly ParticipantInfo[], naming: AgentNaming, nowMs: number, graceMs: number): RoomAgentFacts;
/**
 * The dispatch that brings `agent` into the room: of those present or starting, the oldest (ties by
 * id). Every route and every worker computes the same owner, so duplicates step aside without talking.
 */
export declare function owningDispatch(facts: RoomAgentFacts, agent: string): RoomDispatch | undefined;
/** Whether a job of dispatch `dispatchId` for `agent` may join, and if not, why. */
export type ClaimDecision = {
    join: true;
} | {
    join: false;
    reason: string;
};
export declare function claimDecision(facts: RoomAgentFacts, agent: string, dispatchId: string): ClaimDecision;
