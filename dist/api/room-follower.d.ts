import type { LiveKitCredentials } from '../dispatch/credentials.js';
import type { Logger } from '../telemetry/log.js';
import { TypedEmitter } from '../typed-emitter.js';
/** One event of a followed room: an agent's feed record, or the follower's own news about agents. */
export interface RoomEventRecord {
    room: string;
    /** The agent's definition name. */
    agent: string;
    /** The agent participant's identity. */
    identity: string;
    /** The agent's own sequence number (absent for agent_joined / agent_left, which the follower makes). */
    seq?: number;
    /** Milliseconds since the epoch. */
    at: number;
    type: string;
    data: unknown;
}
export interface FollowedAgent {
    identity: string;
    agent: string;
    state: string | undefined;
    floor: string | undefined;
}
export interface RoomFollowerEvents {
    event: RoomEventRecord;
    /** The follower left the room (closed, or disconnected by the server). */
    closed: {
        reason: string;
    };
}
export interface FollowOptions {
    credentials: LiveKitCredentials;
    room: string;
    /** Default roomvoice-observer: the identity the agents' feed is addressed to. */
    observer?: string;
    logger: Logger;
}
export declare class RoomFollower extends TypedEmitter<RoomFollowerEvents> {
    #private;
    readonly room: string;
    private constructor();
    /** Joins `room` as the hidden observer. The room must exist (joining would otherwise create it). */
    static join(options: FollowOptions): Promise<RoomFollower>;
    /** The agents in the room now. */
    get agents(): FollowedAgent[];
    close(reason?: string): Promise<void>;
}
