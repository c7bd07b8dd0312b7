import type { RealtimeClientEvent } from './wire.js';
type ResponseCreate = Extract<RealtimeClientEvent, {
    type: 'response.create';
}>;
export declare class ResponseSequencer {
    #private;
    /** `send` returns false when nothing can be sent right now (the socket is being replaced). */
    constructor(send: (event: ResponseCreate) => boolean);
    /** The active default-conversation response, if any. */
    get activeResponseId(): string | null;
    /** Whether any response is active, pending or queued (default conversation or out-of-band). */
    get busy(): boolean;
    /** Whether a default-conversation response is active, sent or queued. */
    get answering(): boolean;
    request(event: ResponseCreate): void;
    /** `response.created`: a default-conversation response (ours or the server's own) is now active. */
    created(responseId: string, conversationId: string | null | undefined): void;
    /** `response.done` for any response. */
    done(responseId: string): void;
    /** The server refused the create with `eventId`; a collision puts it back in front of the queue. */
    refused(eventId: string, collided: boolean): boolean;
    /**
     * A new socket: nothing is active there. A create sent but unanswered is queued again; the response
     * that was active on the old socket is returned and, with `rerequest`, asked for again (with the
     * parameters of our create when it was ours, else as a plain create for the server's own response).
     * Out-of-band responses cut off are returned for the report; they are not asked for again.
     */
    restart(rerequest: boolean, nextEventId: () => string): {
        interrupted: string | null;
        outOfBand: string[];
    };
    /** Sends the next queued create when the conversation is free. */
    pump(): void;
}
export {};
