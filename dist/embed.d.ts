import { type FloorSwitch } from './api/room-floor.js';
import { type RoomFollower } from './api/room-follower.js';
import { type AgentCatalog } from './dispatch/agent-catalog.js';
import { type LiveKitCredentials } from './dispatch/credentials.js';
import { Dispatcher, type DispatchOutcome } from './dispatch/dispatcher.js';
import type { AgentNaming, RoomDispatch } from './dispatch/room-agents.js';
import { type ServerApi } from './dispatch/server-api.js';
import { type ParticipantTokenOptions } from './dispatch/tokens.js';
import { type RunningWorker, type WorkerOptions } from './dispatch/worker.js';
import { type Logger } from './telemetry/log.js';
export interface RoomvoiceOptions {
    /** The LiveKit server (default: LIVEKIT_URL, LIVEKIT_API_KEY, LIVEKIT_API_SECRET). */
    credentials?: LiveKitCredentials;
    /** The folder of agent definitions (default: AGENTS_DIR, else the package's agents/). */
    agentsDir?: string;
    /** The worker's general name and the definition it runs without metadata (default roomvoice, echo). */
    naming?: AgentNaming;
    /** The identity agents address their event feed to (default roomvoice-observer). */
    observer?: string;
    logger?: Logger;
}
export interface Roomvoice {
    readonly credentials: LiveKitCredentials;
    readonly catalog: AgentCatalog;
    readonly dispatcher: Dispatcher;
    readonly api: ServerApi;
    /** Registers a worker under the general name and every definition's name (job processes read LIVEKIT_* too). */
    startWorker(options?: Partial<WorkerOptions>): Promise<RunningWorker>;
    /** A participant token; with `agent`, joining brings that agent (also into a room that already exists). */
    token(options: ParticipantTokenOptions & {
        agent?: string;
    }): Promise<string>;
    /** Puts `agent` into `room` unless it is there or on its way. */
    dispatch(room: string, agent: string): Promise<DispatchOutcome>;
    /** The room's dispatches (undefined: no such room). */
    dispatches(room: string): Promise<RoomDispatch[] | undefined>;
    /** Removes `agent` from `room`; returns the dispatch ids deleted. */
    remove(room: string, agent: string): Promise<string[]>;
    setFloor(room: string, policy: string, agent?: string): Promise<FloorSwitch>;
    /** Joins the room as the hidden observer and reports its agents' events (`follower.on('event', ...)`). */
    follow(room: string): Promise<RoomFollower>;
}
export declare function createRoomvoice(options?: RoomvoiceOptions): Promise<Roomvoice>;
