import type { AgentDispatch } from 'livekit-server-sdk';
import type { Logger } from '../telemetry/log.js';
import { TypedEmitter } from '../typed-emitter.js';
import type { AgentCatalog } from './agent-catalog.js';
import { type AgentNaming, type RoomAgentFacts, type RoomDispatch } from './room-agents.js';
import { type ServerApi } from './server-api.js';
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
    dispatched: DispatchOutcome & {
        route: DispatchRoute;
    };
    removed: {
        room: string;
        agent: string;
        dispatchIds: string[];
    };
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
export declare const DEFAULT_DISPATCH_GRACE_MS = 30000;
export declare class Dispatcher extends TypedEmitter<DispatcherEvents> {
    #private;
    constructor(options: DispatcherOptions);
    get catalog(): AgentCatalog;
    /** Throws AGENT_UNKNOWN unless the catalog has a definition of this name. */
    requireAgent(agent: string): void;
    /** Makes sure `agent` is in `room` or on its way, creating the room if needed; never a second copy. */
    ensure(room: string, agent: string, route: DispatchRoute): Promise<DispatchOutcome>;
    roomExists(room: string): Promise<boolean>;
    /** The room's agents and dispatches, or undefined when the room does not exist. */
    facts(room: string): Promise<RoomAgentFacts | undefined>;
    /** The room's dispatches, or undefined when the room does not exist. */
    list(room: string): Promise<RoomDispatch[] | undefined>;
    /** Removes every dispatch of `agent` in `room` (LiveKit ends their jobs); returns their ids. */
    remove(room: string, agent: string): Promise<string[]>;
    /** Deletes these dispatches (already gone counts as done). */
    withdraw(dispatches: readonly Pick<AgentDispatch, 'id' | 'room'>[]): Promise<void>;
}
