import type { Room } from '@livekit/rtc-node';
import { z } from 'zod';
import type { Logger } from '../telemetry/log.js';
export declare const EVENT_FEED_TOPIC = "roomvoice.events";
export declare const DEFAULT_OBSERVER_IDENTITY = "roomvoice-observer";
/** The record type of the heartbeat, beside the agent's own event names. */
export declare const HEARTBEAT = "heartbeat";
/** One record on the wire (JSON in the packet's payload). */
export declare const feedRecordSchema: z.ZodObject<{
    v: z.ZodLiteral<1>;
    agent: z.ZodString;
    seq: z.ZodInt;
    at: z.ZodNumber;
    type: z.ZodString;
    data: z.ZodUnknown;
}, z.core.$strict>;
export type FeedRecord = z.infer<typeof feedRecordSchema>;
/** What a heartbeat says. */
export declare const heartbeatSchema: z.ZodObject<{
    state: z.ZodString;
    floor: z.ZodOptional<z.ZodString>;
}, z.core.$strip>;
/** Reads one packet; undefined when it is not a feed record. */
export declare function readFeedRecord(payload: Uint8Array): FeedRecord | undefined;
export interface EventFeedOptions {
    /** The definition name the records carry. */
    agent: string;
    observer: string;
    /** The agent's state and floor now, for heartbeats. */
    snapshot(): z.infer<typeof heartbeatSchema>;
    logger: Logger;
}
export declare class RoomEventFeed {
    #private;
    constructor(room: Room, options: EventFeedOptions);
    /** Queues one record; returns at once. */
    send(type: string, data: unknown): void;
    /** Stops the heartbeat and resolves once everything queued has been sent (or failed). */
    close(): Promise<void>;
}
