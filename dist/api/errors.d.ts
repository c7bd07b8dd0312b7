import { z } from 'zod';
export declare const API_ERRORS: {
    readonly UNAUTHENTICATED: {
        readonly status: 401;
        readonly meaning: "missing, malformed, expired or forged credentials";
    };
    readonly WEBHOOK_SIGNATURE_INVALID: {
        readonly status: 401;
        readonly meaning: "a LiveKit webhook whose signature does not verify";
    };
    readonly WEBHOOK_STALE: {
        readonly status: 401;
        readonly meaning: "a LiveKit webhook older than the accepted window";
    };
    readonly BODY_INVALID: {
        readonly status: 400;
        readonly meaning: "the body is not JSON or does not match the schema";
    };
    readonly PARAMS_INVALID: {
        readonly status: 400;
        readonly meaning: "a path or query parameter does not match the schema";
    };
    readonly UNSUPPORTED_MEDIA_TYPE: {
        readonly status: 415;
        readonly meaning: "a body that is not application/json";
    };
    readonly PAYLOAD_TOO_LARGE: {
        readonly status: 413;
        readonly meaning: "a body over the size limit";
    };
    readonly NOT_FOUND: {
        readonly status: 404;
        readonly meaning: "no such endpoint";
    };
    readonly METHOD_NOT_ALLOWED: {
        readonly status: 405;
        readonly meaning: "the endpoint exists but not with this method";
    };
    readonly AGENT_UNKNOWN: {
        readonly status: 404;
        readonly meaning: "no agent definition of that name";
    };
    readonly ROOM_NOT_FOUND: {
        readonly status: 404;
        readonly meaning: "the room does not exist";
    };
    readonly DISPATCH_NOT_FOUND: {
        readonly status: 404;
        readonly meaning: "the room has no dispatch of that agent";
    };
    readonly AGENT_NOT_IN_ROOM: {
        readonly status: 404;
        readonly meaning: "no agent of that definition is in the room";
    };
    readonly FLOOR_UNAVAILABLE: {
        readonly status: 409;
        readonly meaning: "the agent has no floor to switch (its mode is not shared)";
    };
    readonly AGENT_AMBIGUOUS: {
        readonly status: 409;
        readonly meaning: "the room has several agents and the request names none";
    };
    readonly AGENT_NO_ANSWER: {
        readonly status: 504;
        readonly meaning: "the agent did not answer in time";
    };
    readonly LIVEKIT_UNAVAILABLE: {
        readonly status: 502;
        readonly meaning: "the LiveKit server did not answer or failed";
    };
    readonly INTERNAL: {
        readonly status: 500;
        readonly meaning: "an unexpected fault; the log has the details";
    };
};
export type ApiErrorCode = keyof typeof API_ERRORS;
export declare class ApiError extends Error {
    readonly code: ApiErrorCode;
    readonly status: number;
    constructor(code: ApiErrorCode, message: string);
}
export declare const errorBodySchema: z.ZodObject<{
    error: z.ZodObject<{
        code: z.ZodEnum<{
            AGENT_UNKNOWN: "AGENT_UNKNOWN";
            WEBHOOK_SIGNATURE_INVALID: "WEBHOOK_SIGNATURE_INVALID";
            WEBHOOK_STALE: "WEBHOOK_STALE";
            ROOM_NOT_FOUND: "ROOM_NOT_FOUND";
            AGENT_NOT_IN_ROOM: "AGENT_NOT_IN_ROOM";
            AGENT_AMBIGUOUS: "AGENT_AMBIGUOUS";
            AGENT_NO_ANSWER: "AGENT_NO_ANSWER";
            FLOOR_UNAVAILABLE: "FLOOR_UNAVAILABLE";
            DISPATCH_NOT_FOUND: "DISPATCH_NOT_FOUND";
            UNAUTHENTICATED: "UNAUTHENTICATED";
            BODY_INVALID: "BODY_INVALID";
            PARAMS_INVALID: "PARAMS_INVALID";
            UNSUPPORTED_MEDIA_TYPE: "UNSUPPORTED_MEDIA_TYPE";
            PAYLOAD_TOO_LARGE: "PAYLOAD_TOO_LARGE";
            NOT_FOUND: "NOT_FOUND";
            METHOD_NOT_ALLOWED: "METHOD_NOT_ALLOWED";
            LIVEKIT_UNAVAILABLE: "LIVEKIT_UNAVAILABLE";
            INTERNAL: "INTERNAL";
        }>;
        message: z.ZodString;
    }, z.core.$strict>;
}, z.core.$strict>;
export type ErrorBody = z.infer<typeof errorBodySchema>;
/** The message every authentication failure gets, whatever the cause: nothing for a prober to learn. */
export declare const UNAUTHENTICATED_MESSAGE = "missing or invalid credentials";
/** The API error for anything thrown by a handler. */
export declare function toApiError(error: unknown): ApiError;
