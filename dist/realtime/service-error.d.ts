/**
 * - `fatal`: retrying cannot help (bad credentials, no quota, a configuration the server refuses).
 * - `retryable`: the service or the network failed; a new socket or a later attempt can succeed.
 * - `benign`: expected races (cancel after the response ended, truncate past the audio); logged only.
 * - `rejected`: the server refused one request; the session carries on.
 */
export type ErrorDisposition = 'fatal' | 'retryable' | 'benign' | 'rejected';
/** Whose fault: the account (keys, billing), the configuration, this client's request, or the service. */
export type ErrorFault = 'account' | 'configuration' | 'request' | 'service';
export interface ServiceErrorBody {
    type: string;
    message: string;
    code?: string | null | undefined;
    param?: string | null | undefined;
    event_id?: string | null | undefined;
}
export declare class RealtimeServiceError extends Error {
    readonly type: string;
    readonly code: string | null;
    readonly param: string | null;
    /** The client event the server was answering, when it said so. */
    readonly clientEventId: string | null;
    readonly disposition: ErrorDisposition;
    readonly fault: ErrorFault;
    constructor(body: ServiceErrorBody, context?: {
        rejectsSessionConfig?: boolean;
    });
}
