import type { Logger } from '../telemetry/log.js';
import type { ProviderEndpoint } from './providers.js';
import { type ParsedFrame } from './server-events.js';
import type { XaiSessionUpdateEvent } from './session-update.js';
import type { RealtimeClientEvent, RealtimeServerEvent } from './wire.js';
/** What can go out on a socket: a GA client event, or xAI's flat session.update. */
export type OutgoingEvent = RealtimeClientEvent | XaiSessionUpdateEvent;
export interface ConnectionHandlers {
    onEvent(connection: RealtimeConnection, event: RealtimeServerEvent): void;
    onMalformed(connection: RealtimeConnection, frame: string, fault: Extract<ParsedFrame, {
        ok: false;
    }>): void;
    onClose(connection: RealtimeConnection, code: number, reason: string): void;
}
export interface SessionInfo {
    readonly id: string;
    /** When the server will end the session (ms since epoch), if it said. */
    readonly expiresAtMs: number | null;
}
/** A fresh client event id (echoed back by the server in errors about that event). */
export declare function nextClientEventId(): string;
export declare class RealtimeConnection {
    #private;
    /** Settles when the socket has closed, for whatever reason. */
    readonly closed: Promise<void>;
    private constructor();
    /**
     * Opens a socket and resolves once the server sent `session.created`. Rejects with a FrameworkError
     * (CREDENTIALS_REJECTED on 401/403, SERVER_UNREACHABLE otherwise) or the service's own error when
     * the server answers with `error` first.
     */
    static open(endpoint: ProviderEndpoint, handlers: ConnectionHandlers, options: {
        timeoutMs: number;
        heartbeatMs: number;
        logger: Logger;
    }): Promise<RealtimeConnection>;
    get session(): SessionInfo;
    get isOpen(): boolean;
    /** Sends one event, giving it an event id when it has none; returns that id. */
    send(event: OutgoingEvent): string;
    /**
     * Sends one `input_audio_buffer.append` of base64 audio: the hot path, so the JSON is written directly
     * (base64 holds nothing JSON would escape) instead of building and stringifying an event object.
     */
    sendAudio(base64: string): void;
    close(code?: number, reason?: string): void;
}
