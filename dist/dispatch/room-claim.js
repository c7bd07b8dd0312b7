import { claimDecision, dispatchDefinition, readRoomAgents, } from './room-agents.js';
import { readRoom } from './server-api.js';
export class RoomClaims {
    #api;
    #naming;
    #graceMs;
    #logger;
    constructor(api, naming, graceMs, logger) {
        this.#api = api;
        this.#naming = naming;
        this.#graceMs = graceMs;
        this.#logger = logger;
    }
    /** Whether this job may join its room. A failed read lets it join (a missing agent is worse). */
    async decide(job) {
        const agent = dispatchDefinition(job, this.#naming);
        const room = job.room?.name;
        // Metadata the job will refuse, or a job with no room: let the job report it.
        if (!agent || !room)
            return { join: true, agent };
        try {
            const read = await readRoom(this.#api, room);
            if (!read)
                return { join: true, agent };
            const facts = readRoomAgents(read.dispatches, read.participants, this.#naming, Date.now(), this.#graceMs);
            const decision = claimDecision(facts, agent, job.dispatchId);
            return decision.join ? { join: true, agent } : decision;
        }
        catch (error) {
            this.#logger.warn({ err: error, room, agent }, 'could not read the room before joining; joining');
            return { join: true, agent };
        }
    }
    /** Removes a declined duplicate's dispatch, once LiveKit is done offering it (never awaited in the offer). */
    withdraw(job) {
        const room = job.room?.name;
        if (!room || !job.dispatchId)
            return;
        this.#api.dispatches
            .deleteDispatch(job.dispatchId, room)
            .then(() => this.#logger.info({ room, dispatch: job.dispatchId }, 'duplicate dispatch withdrawn'))
            .catch((error) => this.#logger.debug({ err: error, room, dispatch: job.dispatchId }, 'duplicate dispatch already gone'));
    }
}
//# sourceMappingURL=room-claim.js.map