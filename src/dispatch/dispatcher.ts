// The room dispatcher: puts an agent definition into a room on request (the API, a token's room, a
// rule, the sweep), lists what a room has, and removes an agent (its dispatches go, so the agent leaves).
// `ensure` is idempotent: calls for one room and definition share one flight, and an agent present or
// on its way is reused instead of dispatched again. Across processes the worker's claim (room-claim.ts)
// has the last word, with the same owner rule (room-agents.ts).
import type { AgentDispatch } from 'livekit-server-sdk';
import { FrameworkError } from '../errors.js';
import type { Logger } from '../telemetry/log.js';
import { TypedEmitter } from '../typed-emitter.js';
import type { AgentCatalog } from './agent-catalog.js';
import {
  type AgentNaming,
  owningDispatch,
  type RoomAgentFacts,
  type RoomDispatch,
  readRoomAgents,
} from './room-agents.js';
import { readRoom, type ServerApi } from './server-api.js';

/** What asked for an agent: the HTTP API, a token's room, a definition's rule, the sweep, embedding code. */
export type DispatchRoute = 'api' | 'token' | 'rule' | 'sweep' | 'embed';

export interface DispatchOutcome {
  room: string;
  agent: string;
  /** The dispatch that brings the agent (new or reused); undefined when an agent is already in the room. */
  dispatchId: string | undefined;
  /** True when this call created the dispatch. */
  created: boolean;
}

export interface DispatcherEvents {
  dispatched: DispatchOutcome & { route: DispatchRoute };
  removed: { room: string; agent: string; dispatchIds: string[] };
}

export interface DispatcherOptions {
  api: ServerApi;
  catalog: AgentCatalog;
  naming: AgentNaming;
  /** How long a new dispatch counts as on its way before it is judged stale. */
  graceMs: number;
  logger: Logger;
}

/** A dispatch brings the agent in this long after its creation at the latest, unless told otherwise. */
export const DEFAULT_DISPATCH_GRACE_MS = 30_000;

export class Dispatcher extends TypedEmitter<DispatcherEvents> {
  readonly #options: DispatcherOptions;
  readonly #inFlight = new Map<string, Promise<DispatchOutcome>>();

  constructor(options: DispatcherOptions) {
    super(() => options.logger);
    this.#options = options;
  }

  get catalog(): AgentCatalog {
    return this.#options.catalog;
  }

  /** Throws AGENT_UNKNOWN unless the catalog has a definition of this name. */
  requireAgent(agent: string): void {
    if (this.#options.catalog.get(agent)) return;
    const known = this.#options.catalog.definitions.map((loaded) => loaded.definition.name).sort();
    throw new FrameworkError(
      'AGENT_UNKNOWN',
      `no agent definition named "${agent}"; known: ${known.join(', ')}`,
    );
  }

  /** Makes sure `agent` is in `room` or on its way, creating the room if needed; never a second copy. */
  ensure(room: string, agent: string, route: DispatchRoute): Promise<DispatchOutcome> {
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

  async #ensure(room: string, agent: string): Promise<DispatchOutcome> {
    const { api } = this.#options;
    const facts = await this.facts(room);
    if (facts) {
      if (facts.agents.get(agent)?.length) {
        const owner = facts.dispatches.find((d) => d.agent === agent && d.standing === 'present');
        return { room, agent, dispatchId: owner?.id, created: false };
      }
      const owner = owningDispatch(facts, agent);
      if (owner) return { room, agent, dispatchId: owner.id, created: false };
      await this.withdraw(facts.dispatches.filter((d) => d.agent === agent && d.standing === 'stale'));
    } else {
      await api.rooms.createRoom({ name: room });
    }
    const dispatch = await api.dispatches.createDispatch(room, agent);
    return { room, agent, dispatchId: dispatch.id, created: true };
  }

  async roomExists(room: string): Promise<boolean> {
    const [found] = await this.#options.api.rooms.listRooms([room]);
    return found !== undefined;
  }

  /** The room's agents and dispatches, or undefined when the room does not exist. */
  async facts(room: string): Promise<RoomAgentFacts | undefined> {
    const read = await readRoom(this.#options.api, room);
    if (!read) return undefined;
    return readRoomAgents(
      read.dispatches,
      read.participants,
      this.#options.naming,
      Date.now(),
      this.#options.graceMs,
    );
  }

  /** The room's dispatches, or undefined when the room does not exist. */
  async list(room: string): Promise<RoomDispatch[] | undefined> {
    return (await this.facts(room))?.dispatches;
  }

  /** Removes every dispatch of `agent` in `room` (LiveKit ends their jobs); returns their ids. */
  async remove(room: string, agent: string): Promise<string[]> {
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
  async withdraw(dispatches: readonly Pick<AgentDispatch, 'id' | 'room'>[]): Promise<void> {
    await Promise.all(
      dispatches.map((dispatch) =>
        this.#options.api.dispatches.deleteDispatch(dispatch.id, dispatch.room).catch((error: unknown) => {
          // Another caller removed it first: the outcome is the same.
          this.#options.logger.debug({ err: error, dispatch: dispatch.id }, 'dispatch already gone');
        }),
      ),
    );
  }
}
