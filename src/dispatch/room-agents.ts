// What LiveKit says about the agents of one room, read as this project's facts: which definition each
// dispatch is for, whether its agent is in the room, which dispatch owns the room for a definition, and
// which dispatches are leftovers. Pure decisions over `listDispatch` and `listParticipants`; the
// dispatcher, the worker's claim on a job and the reconciling sweep all decide with these, so every
// route agrees on "one agent per definition per room".
import type { AgentDispatch, ParticipantInfo } from 'livekit-server-sdk';
import { type DispatchTarget, definitionOf } from './agent-catalog.js';

/** The participant attribute naming the definition an agent runs (set when its job is accepted). */
export const AGENT_DEFINITION_ATTRIBUTE = 'roomvoice.agent';
/**
 * The participant attribute naming the dispatch an agent came by (set when its job is accepted): LiveKit's
 * ListDispatch does not report a dispatch's jobs, so this is how a dispatch is known to be present.
 */
export const AGENT_DISPATCH_ATTRIBUTE = 'roomvoice.dispatch';
/** LiveKit's attribute naming the agent a participant is (the worker sets it: the name it registered under). */
export const LIVEKIT_AGENT_NAME_ATTRIBUTE = 'lk.agent.name';

/** How a definition is reached: the worker's general name, and the definition that name runs by default. */
export interface AgentNaming {
  generalName: string;
  fallback: string;
}

/**
 * The definition a dispatch runs, or undefined when its metadata cannot say (the job reports why) or it
 * names no agent (LiveKit's default dispatch of every new room, for workers without a name).
 */
export function dispatchDefinition(dispatch: DispatchTarget, naming: AgentNaming): string | undefined {
  if (dispatch.agentName === '') return undefined;
  try {
    return definitionOf(dispatch, naming.generalName, naming.fallback);
  } catch {
    return undefined;
  }
}

/** The definition an agent participant runs, or undefined for anyone else. */
export function participantDefinition(participant: ParticipantInfo, naming: AgentNaming): string | undefined {
  const attributes = participant.attributes ?? {};
  const named = attributes[AGENT_DEFINITION_ATTRIBUTE];
  if (named) return named;
  const registered = attributes[LIVEKIT_AGENT_NAME_ATTRIBUTE];
  return registered && registered !== naming.generalName ? registered : undefined;
}

/**
 * Where a dispatch stands: its agent is `present` in the room; it is `starting` (its job offer is out,
 * for up to the grace period after the dispatch was made; or a worker accepted its job, and the job
 * process has up to JOB_START_GRACES grace periods from then to join); or it is `stale` (no agent of it
 * in the room: its job was declined, failed, ended, or its worker died).
 */
export type DispatchStanding = 'present' | 'starting' | 'stale';

/** Grace periods a job accepted by a worker has to join (a cold job process may take long to start). */
export const JOB_START_GRACES = 3;

const nsToMs = (ns: bigint | undefined) => Number((ns ?? 0n) / 1_000_000n);

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
export function readRoomAgents(
  dispatches: readonly AgentDispatch[],
  participants: readonly ParticipantInfo[],
  naming: AgentNaming,
  nowMs: number,
  graceMs: number,
): RoomAgentFacts {
  const inRoom = new Set(participants.map((participant) => participant.identity));
  const agents = new Map<string, string[]>();
  const byDispatch = new Map<string, string[]>();
  for (const participant of participants) {
    const agent = participantDefinition(participant, naming);
    if (agent) agents.set(agent, [...(agents.get(agent) ?? []), participant.identity]);
    const dispatchId = participant.attributes?.[AGENT_DISPATCH_ATTRIBUTE];
    if (dispatchId) byDispatch.set(dispatchId, [...(byDispatch.get(dispatchId) ?? []), participant.identity]);
  }
  return {
    agents,
    // LiveKit gives every room made without agents a dispatch to no name (for workers registered without
    // one); it never brings one of ours, so it is not listed.
    dispatches: dispatches
      .filter((dispatch) => dispatch.agentName !== '')
      .map((dispatch) => {
        const jobs = dispatch.state?.jobs ?? [];
        const identities = [
          ...new Set([
            ...jobs.map((job) => job.state?.participantIdentity ?? '').filter((identity) => identity !== ''),
            ...(byDispatch.get(dispatch.id) ?? []),
          ]),
        ];
        const createdAtMs = nsToMs(dispatch.state?.createdAt);
        const joining = jobs.some(
          (job) =>
            job.state?.participantIdentity &&
            nowMs - nsToMs(job.state.startedAt) < graceMs * JOB_START_GRACES,
        );
        const standing: DispatchStanding = identities.some((identity) => inRoom.has(identity))
          ? 'present'
          : joining || nowMs - createdAtMs < graceMs
            ? 'starting'
            : 'stale';
        return {
          id: dispatch.id,
          room: dispatch.room,
          agent: dispatchDefinition(dispatch, naming),
          agentName: dispatch.agentName,
          createdAtMs,
          identities,
          standing,
        };
      }),
  };
}

const byAge = (a: RoomDispatch, b: RoomDispatch) => a.createdAtMs - b.createdAtMs || a.id.localeCompare(b.id);

/**
 * The dispatch that brings `agent` into the room: of those present or starting, the oldest (ties by
 * id). Every route and every worker computes the same owner, so duplicates step aside without talking.
 */
export function owningDispatch(facts: RoomAgentFacts, agent: string): RoomDispatch | undefined {
  return facts.dispatches
    .filter((dispatch) => dispatch.agent === agent && dispatch.standing !== 'stale')
    .sort(byAge)[0];
}

/** Whether a job of dispatch `dispatchId` for `agent` may join, and if not, why. */
export type ClaimDecision = { join: true } | { join: false; reason: string };

export function claimDecision(facts: RoomAgentFacts, agent: string, dispatchId: string): ClaimDecision {
  const present = facts.agents.get(agent);
  if (present?.length)
    return { join: false, reason: `${agent} is already in the room as ${present.join(', ')}` };
  const owner = owningDispatch(facts, agent);
  if (owner && owner.id !== dispatchId)
    return { join: false, reason: `dispatch ${owner.id} already brings ${agent} into the room` };
  return { join: true };
}
