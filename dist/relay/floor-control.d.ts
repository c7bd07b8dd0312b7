import { type LocalParticipant } from '@livekit/rtc-node';
import type { FloorAttribute } from '../room/floor-attribute.js';
import type { Logger } from '../telemetry/log.js';
import { type FloorPolicy } from './floor-policy.js';
export declare const SET_FLOOR_METHOD = "agent.set_floor";
/** RPC error codes of this method (outside LiveKit's reserved 1001-1999). */
export declare const FLOOR_RPC_ERRORS: {
    readonly refused: 4403;
    readonly invalid: 4400;
    readonly noFloor: 4409;
};
export interface FloorControlOptions {
    floor: FloorPolicy | undefined;
    /** Identity patterns allowed to switch the floor. */
    allowed: readonly string[];
    logger: Logger;
}
export declare function registerFloorControl(participant: LocalParticipant, options: FloorControlOptions): () => void;
/** The source a server-API floor change is reported with (the floor event's `changedBy`). */
export declare const SERVER_API_CALLER = "server-api";
/** Answers floor requests written on the agent through the server API; returns the unregister. */
export declare function answerFloorRequests(attribute: FloorAttribute, floor: FloorPolicy | undefined, logger: Logger): () => void;
