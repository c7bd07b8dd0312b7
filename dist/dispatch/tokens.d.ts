import type { LiveKitCredentials } from './credentials.js';
import type { Dispatcher, DispatchRoute } from './dispatcher.js';
export interface ParticipantTokenOptions {
    room: string;
    identity: string;
    name?: string;
    /** Agent to dispatch when this participant creates the room. */
    agentName?: string;
    /** Seconds, or a span like 24h (default 24h). */
    ttl?: string | number;
}
export declare function participantToken(credentials: LiveKitCredentials, options: ParticipantTokenOptions): Promise<string>;
/**
 * A token whose join brings `agentName` into the room: by the token's room configuration when the join
 * creates the room, and by dispatching it now (idempotently) when the room already exists. Returns the
 * dispatch made or reused now, if any.
 */
export declare function tokenBringingAgent(credentials: LiveKitCredentials, dispatcher: Dispatcher, options: ParticipantTokenOptions & {
    agentName: string;
}, route?: DispatchRoute): Promise<{
    token: string;
    dispatchId: string | undefined;
}>;
