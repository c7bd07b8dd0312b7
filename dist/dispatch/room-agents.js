import { definitionOf } from './agent-catalog.js';
/** The participant attribute naming the definition an agent runs (set when its job is accepted). */
export const AGENT_DEFINITION_ATTRIBUTE = 'roomvoice.agent';
/**
 * The participant attribute naming the dispatch an agent came by (set when its job is accepted): LiveKit's
 * ListDispatch does not report a dispatch's jobs, so this is how a dispatch is known to be present.
 */
export const AGENT_DISPATCH_ATTRIBUTE = 'roomvoice.dispatch';
/** The attribute LiveKit stamps on agent participants: the name the worker registered under. */
export const LIVEKIT_AGENT_NAME_ATTRIBUTE = 'lk.agent_name';
/**
 * The definition a dispatch runs, or undefined when its metadata cannot say (the job reports why) or it
 * names no agent (LiveKit's default dispatch of every new room, for workers without a name).
 */
export function dispatchDefinition(dispatch, naming) {
    if (dispatch.agentName === '')
        return undefined;
    try {
        return definitionOf(dispatch, naming.generalName, naming.fallback);
    }
    catch {
        return undefined;
    }
}
/** The definition an agent participant runs, or undefined for anyone else. */
export function participantDefinition(participant, naming) {
    const attributes = participant.attributes ?? {};
    const named = attributes[AGENT_DEFINITION_ATTRIBUTE];
    if (named)
        return named;
    const registered = attributes[LIVEKIT_AGENT_NAME_ATTRIBUTE];
    return registered && registered !== naming.generalName ? registered : undefined;
}
/** Grace periods a job accepted by a worker has to join (a cold job process may take long to start). */
export const JOB_START_GRACES = 3;
const nsToMs = (ns) => Number((ns ?? 0n) / 1000000n);
/** Reads a room's dispatches and participants, judging standing with the grace period `graceMs`. */
export function readRoomAgents(dispatches, participants, naming, nowMs, graceMs) {
    const inRoom = new Set(participants.map((participant) => participant.identity));
    const agents = new Map();
    const byDispatch = new Map();
    for (const participant of participants) {
        const agent = participantDefinition(participant, naming);
        if (agent)
            agents.set(agent, [...(agents.get(agent) ?? []), participant.identity]);
        const dispatchId = participant.attributes?.[AGENT_DISPATCH_ATTRIBUTE];
        if (dispatchId)
            byDispatch.set(dispatchId, [...(byDispatch.get(dispatchId) ?? []), participant.identity]);
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
            const joining = jobs.some((job) => job.state?.participantIdentity &&
                nowMs - nsToMs(job.state.startedAt) < graceMs * JOB_START_GRACES);
            const standing = identities.some((identity) => inRoom.has(identity))
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
const byAge = (a, b) => a.createdAtMs - b.createdAtMs || a.id.localeCompare(b.id);
/**
 * The dispatch that brings `agent` into the room: of those present or starting, the oldest (ties by
 * id). Every route and every worker computes the same owner, so duplicates step aside without talking.
 */
export function owningDispatch(facts, agent) {
    return facts.dispatches
        .filter((dispatch) => dispatch.agent === agent && dispatch.standing !== 'stale')
        .sort(byAge)[0];
}
export function claimDecision(facts, agent, dispatchId) {
    const present = facts.agents.get(agent);
    if (present?.length)
        return { join: false, reason: `${agent} is already in the room as ${present.join(', ')}` };
    const owner = owningDispatch(facts, agent);
    if (owner && owner.id !== dispatchId)
        return { join: false, reason: `dispatch ${owner.id} already brings ${agent} into the room` };
    return { join: true };
}
//# sourceMappingURL=room-agents.js.map