import { type Room } from '@livekit/rtc-node';
import type { LoadedDefinition } from '../definition/index.js';
import { type ModelSession, type RealtimeClientOptions } from '../realtime/index.js';
import { type AgentState } from '../room/agent-state.js';
import type { Logger } from '../telemetry/log.js';
import { type AgentEventSource } from './agent-events.js';
import { type FloorPolicyName } from './floor-policy.js';
export interface AgentDeps {
    logger: Logger;
    /** Where plugins are found (`plugins/` under it) and plugin data lives. */
    projectDir: string;
    /** For `provider: local`: an engine already running, instead of starting one for this agent. */
    engineUrl?: string;
    /** Opens model sessions (default: a realtime client to the definition's provider). */
    modelSession?(options: RealtimeClientOptions, logger: Logger): ModelSession;
    /** The identity the agent's event feed goes to (room/event-feed.ts; default roomvoice-observer). */
    observer?: string;
}
export interface RunningAgent {
    readonly name: string;
    readonly events: AgentEventSource;
    /** The floor policy in force (mode shared), else undefined. */
    readonly floor: FloorPolicyName | undefined;
    /** Switches the floor policy (mode shared); it applies from the next turn. */
    setFloor(policy: FloorPolicyName, by?: string): void;
    /** The agent's state in the room. */
    readonly state: AgentState;
    /** Settles with the reason once the agent has stopped (limits, room empty, a tool, `close`). */
    readonly ended: Promise<string>;
    close(reason?: string): Promise<void>;
}
export declare function runAgent(room: Room, loaded: LoadedDefinition, deps: AgentDeps): Promise<RunningAgent>;
/** Asks the model to say the greeting word for word (quotes in it become apostrophes). */
export declare function greetingInstructions(greeting: string): string;
