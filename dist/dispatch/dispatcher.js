import { FrameworkError } from '../errors.js';
import { TypedEmitter } from '../typed-emitter.js';
import { owningDispatch, readRoomAgents, } from './room-agents.js';
import { readRoom } from './server-api.js';
/** A dispatch brings the agent in this long after its creation at the latest, unless told otherwise. */
export const DEFAULT_DISPATCH_GRACE_MS = 30_000;
export class Dispatcher extends TypedEmitter {
    #options;
    #inFlight = new Map();
    constructor(options) {
        super(() => options.logger);
        this.#options = options;
    }
    get catalog() {
        return this.#options.catalog;
    }
    /** Throws AGENT_UNKNOWN unless the catalog has a definition of this name. */
    requireAgent(agent) {
        if (this.#options.catalog.get(agent))
            return;
        const known = this.#options.catalog.definitions.map((loaded) => loaded.definition.name).sort();
        throw new FrameworkError('AGENT_UNKNOWN', `no agent definition named "${agent}"; known: ${known.join(', ')}`);
    }
    /** Makes sure `agent` is in `room` or on its way, creating the room if needed; never a second copy. */
    ensure(room, agent, route) {
        this.requireAgent(agent);
        const key = `${room}\u0000${agent}`;
        let flight = this.#inFlight.get(key);
        if (!flight) {
            flight = this.#ensure(room, agent).finally(() => this.#inFlight.delete(key));
            this.#inFlight.set(key, flight);
        }
        return flight.then((outcome) => {
            const event = { ...outcome, route };
            this.#options.logger.info(event, outcome.created ? 'agent dispatched' : 'agent already dispatched');
            this.emit('dispatched', event);
            return outcome;
        });
    }
    async #ensure(room, agent) {
        const { api } = this.#options;
        const facts = await this.facts(room);
        if (facts) {
            if (facts.agents.get(agent)?.length) {
                const owner = facts.dispatches.find((d) => d.agent === agent && d.standing === 'present');
                return { room, agent, dispatchId: owner?.id, created: false };
            }
            const owner = owningDispatch(facts, agent);
            if (owner)
                return { room, agent, dispatchId: owner.id, created: false };
            await this.withdraw(facts.dispatches.filter((d) => d.agent === agent && d.standing === 'stale'));
        }
        else {
            await api.rooms.createRoom({ name: room });
        }
        const dispatch = await api.dispatches.createDispatch(room, agent);
        return { room, agent, dispatchId: dispatch.id, created: true };
    }
    async roomExists(room) {
        const [found] = await this.#options.api.rooms.listRooms([room]);
        return found !== undefined;
    }
    /** The room's agents and dispatches, or undefined when the room does not exist. */
    async facts(room) {
        const read = await readRoom(this.#options.api, room);
        if (!read)
            return undefined;
        return readRoomAgents(read.dispatches, read.participants, this.#options.naming, Date.now(), this.#options.graceMs);
    }
    /** The room's dispatches, or undefined when the room does not exist. */
    async list(room) {
        return (await this.facts(room))?.dispatches;
    }
    /** Removes every dispatch of `agent` in `room` (LiveKit ends their jobs); returns their ids. */
    async remove(room, agent) {
        this.requireAgent(agent);
        const facts = await this.facts(room);
        const mine = facts?.dispatches.filter((dispatch) => dispatch.agent === agent) ?? [];
        await this.withdraw(mine);
        const dispatchIds = mine.map((dispatch) => dispatch.id);
        if (dispatchIds.length > 0) {
            this.#options.logger.info({ room, agent, dispatchIds }, 'agent removed from the room');
            this.emit('removed', { room, agent, dispatchIds });
        }
        return dispatchIds;
    }
    /** Deletes these dispatches (already gone counts as done). */
    async withdraw(dispatches) {
        await Promise.all(dispatches.map((dispatch) => this.#options.api.dispatches.deleteDispatch(dispatch.id, dispatch.room).catch((error) => {
            // Another caller removed it first: the outcome is the same.
            this.#options.logger.debug({ err: error, dispatch: dispatch.id }, 'dispatch already gone');
        })));
    }
}
//# sourceMappingURL=dispatcher.js.map