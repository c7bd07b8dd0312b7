import type { ServerResponse } from 'node:http';
import type { RoomEventRecord } from './room-follower.js';
export interface EventStreamOptions {
    /** Only these event types (all when undefined). */
    types?: ReadonlySet<string>;
    /** Only this agent's events (all when undefined). */
    agent?: string;
    /** Bytes a subscriber may have unread before it is cut off. */
    maxBufferedBytes: number;
    keepAliveMs: number;
    /** Called once when the stream ends, however it ends. */
    onEnd(reason: 'closed' | 'overflow' | 'room_closed'): void;
}
/** The SSE id of a record: the agent's identity and sequence number, or the follower's own event. */
export declare function recordId(record: RoomEventRecord): string;
export declare class EventStream {
    #private;
    constructor(response: ServerResponse, options: EventStreamOptions);
    /** Writes one named event with JSON data, bypassing the filters (the `ready` greeting). */
    announce(event: string, data: unknown): void;
    send(record: RoomEventRecord): void;
    end(reason: 'closed' | 'overflow' | 'room_closed'): void;
}
