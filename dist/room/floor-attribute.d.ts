import type { Room } from '@livekit/rtc-node';
import { z } from 'zod';
import type { Logger } from '../telemetry/log.js';
export declare const FLOOR_ATTRIBUTE = "roomvoice.floor";
export declare const FLOOR_REQUEST_ATTRIBUTE = "roomvoice.floor_request";
export declare const FLOOR_ANSWER_ATTRIBUTE = "roomvoice.floor_answer";
export declare const floorRequestSchema: z.ZodObject<{
    id: z.ZodString;
    policy: z.ZodString;
}, z.core.$strict>;
export type FloorRequest = z.infer<typeof floorRequestSchema>;
export declare const floorAnswerSchema: z.ZodUnion<readonly [z.ZodObject<{
    id: z.ZodString;
    policy: z.ZodString;
    previous: z.ZodString;
}, z.core.$strict>, z.ZodObject<{
    id: z.ZodString;
    error: z.ZodEnum<{
        no_floor: "no_floor";
        invalid_policy: "invalid_policy";
    }>;
    message: z.ZodString;
}, z.core.$strict>]>;
export type FloorAnswer = z.infer<typeof floorAnswerSchema>;
/** Reads a JSON attribute with a schema; undefined when absent or malformed. */
export declare function readJsonAttribute<T extends z.ZodType>(value: string | undefined, schema: T): z.output<T> | undefined;
export declare class FloorAttribute {
    #private;
    constructor(room: Room, logger: Logger);
    /** Publishes the policy in force (or clears it); returns at once. */
    publish(policy: string | undefined): void;
    /** Calls `decide` for each new request written on the agent, and publishes its answer. */
    onRequest(decide: (request: FloorRequest) => FloorAnswer): () => void;
}
