import { type AgentNaming } from '../dispatch/room-agents.js';
import type { ServerApi } from '../dispatch/server-api.js';
export interface FloorSwitch {
    room: string;
    agent: string;
    identity: string;
    policy: string;
    previous: string;
}
/**
 * Switches the floor of `agent` (or the room's only agent) to `policy`. Throws FrameworkError:
 * ROOM_NOT_FOUND, AGENT_NOT_IN_ROOM, AGENT_AMBIGUOUS, FLOOR_UNAVAILABLE (the agent's mode has no floor),
 * AGENT_NO_ANSWER.
 */
export declare function switchFloor(api: ServerApi, naming: AgentNaming, room: string, policy: string, agent?: string): Promise<FloorSwitch>;
