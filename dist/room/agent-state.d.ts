import type { Room } from '@livekit/rtc-node';
import type { Logger } from '../telemetry/log.js';
export declare const AGENT_STATE_ATTRIBUTE = "lk.agent.state";
export type AgentState = 'initializing' | 'listening' | 'thinking' | 'speaking';
export declare class AgentStateAttribute {
    #private;
    constructor(room: Room, logger: Logger);
    /** Sets the state; returns at once. */
    set(state: AgentState): void;
}
