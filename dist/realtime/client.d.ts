import { z } from 'zod';
import { type Logger } from '../telemetry/log.js';
import { TypedEmitter } from '../typed-emitter.js';
import { type MirrorItem } from './conversation.js';
import { RealtimeServiceError } from './service-error.js';
import { type SessionConfig, type SessionConfigInput } from './session-config.js';
import { type UsageTotals } from './usage.js';
import type { ConversationItem, RealtimeResponseCreateParams, RealtimeServerEvent, ServerEventMap } from './wire.js';
declare const clientOptionsSchema: z.ZodObject<{
    provider: z.ZodDiscriminatedUnion<[z.ZodObject<{
        provider: z.ZodLiteral<"openai">;
        apiKey: z.ZodString;
        baseUrl: z.ZodDefault<z.ZodString>;
    }, z.core.$strict>, z.ZodObject<{
        provider: z.ZodLiteral<"azure">;
        endpoint: z.ZodString;
        deployment: z.ZodString;
        apiKey: z.ZodOptional<z.ZodString>;
        entraToken: z.ZodOptional<z.ZodString>;
    }, z.core.$strict>, z.ZodObject<{
        provider: z.ZodLiteral<"xai">;
        apiKey: z.ZodString;
        baseUrl: z.ZodDefault<z.ZodString>;
    }, z.core.$strict>, z.ZodObject<{
        provider: z.ZodLiteral<"compatible">;
        url: z.ZodString;
        headers: z.ZodDefault<z.ZodRecord<z.ZodString, z.ZodString>>;
        reasoning: z.ZodOptional<z.ZodBoolean>;
    }, z.core.$strict>, z.ZodObject<{
        provider: z.ZodLiteral<"local">;
        url: z.ZodString;
        apiKey: z.ZodDefault<z.ZodString>;
    }, z.core.$strict>], "provider">;
    session: z.ZodObject<{
        model: z.ZodDefault<z.ZodString>;
        voice: z.ZodOptional<z.ZodString>;
        instructions: z.ZodOptional<z.ZodString>;
        outputModality: z.ZodDefault<z.ZodEnum<{
            text: "text";
            audio: "audio";
        }>>;
        inputFormat: z.ZodDefault<z.ZodEnum<{
            "audio/pcm": "audio/pcm";
            "audio/pcmu": "audio/pcmu";
            "audio/pcma": "audio/pcma";
        }>>;
        outputFormat: z.ZodDefault<z.ZodEnum<{
            "audio/pcm": "audio/pcm";
            "audio/pcmu": "audio/pcmu";
            "audio/pcma": "audio/pcma";
        }>>;
        turnDetection: z.ZodDefault<z.ZodDiscriminatedUnion<[z.ZodObject<{
            type: z.ZodLiteral<"server_vad">;
            threshold: z.ZodOptional<z.ZodNumber>;
            prefixPaddingMs: z.ZodOptional<z.ZodNumber>;
            silenceDurationMs: z.ZodOptional<z.ZodNumber>;
            idleTimeoutMs: z.ZodOptional<z.ZodNullable<z.ZodNumber>>;
            createResponse: z.ZodDefault<z.ZodBoolean>;
            interruptResponse: z.ZodDefault<z.ZodBoolean>;
        }, z.core.$strict>, z.ZodObject<{
            type: z.ZodLiteral<"semantic_vad">;
            eagerness: z.ZodOptional<z.ZodEnum<{
                low: "low";
                medium: "medium";
                high: "high";
                auto: "auto";
            }>>;
            createResponse: z.ZodDefault<z.ZodBoolean>;
            interruptResponse: z.ZodDefault<z.ZodBoolean>;
        }, z.core.$strict>, z.ZodObject<{
            type: z.ZodLiteral<"none">;
        }, z.core.$strict>], "type">>;
        transcription: z.ZodOptional<z.ZodObject<{
            model: z.ZodString;
            language: z.ZodOptional<z.ZodString>;
            prompt: z.ZodOptional<z.ZodString>;
        }, z.core.$strict>>;
        noiseReduction: z.ZodOptional<z.ZodEnum<{
            near_field: "near_field";
            far_field: "far_field";
        }>>;
        speed: z.ZodOptional<z.ZodNumber>;
        tools: z.ZodDefault<z.ZodArray<z.ZodObject<{
            name: z.ZodString;
            description: z.ZodOptional<z.ZodString>;
            parameters: z.ZodDefault<z.ZodRecord<z.ZodString, z.ZodUnknown>>;
        }, z.core.$strict>>>;
        toolChoice: z.ZodOptional<z.ZodUnion<readonly [z.ZodEnum<{
            auto: "auto";
            none: "none";
            required: "required";
        }>, z.ZodObject<{
            type: z.ZodLiteral<"function">;
            name: z.ZodString;
        }, z.core.$strict>]>>;
        maxOutputTokens: z.ZodOptional<z.ZodUnion<readonly [z.ZodNumber, z.ZodLiteral<"inf">]>>;
        reasoningEffort: z.ZodOptional<z.ZodEnum<{
            minimal: "minimal";
            low: "low";
            medium: "medium";
            high: "high";
            xhigh: "xhigh";
        }>>;
    }, z.core.$strict>;
    chunkMs: z.ZodDefault<z.ZodNumber>;
    sessionCapMs: z.ZodDefault<z.ZodNumber>;
    rolloverMarginMs: z.ZodDefault<z.ZodNumber>;
    reconnect: z.ZodDefault<z.ZodObject<{
        maxAttempts: z.ZodDefault<z.ZodNumber>;
        initialDelayMs: z.ZodDefault<z.ZodNumber>;
        maxDelayMs: z.ZodDefault<z.ZodNumber>;
    }, z.core.$strict>>;
    rerequestInterrupted: z.ZodDefault<z.ZodBoolean>;
    connectTimeoutMs: z.ZodDefault<z.ZodNumber>;
    heartbeatMs: z.ZodDefault<z.ZodNumber>;
    requestTimeoutMs: z.ZodDefault<z.ZodNumber>;
    holdLimitMs: z.ZodDefault<z.ZodNumber>;
    resendLimitMs: z.ZodDefault<z.ZodNumber>;
}, z.core.$strict>;
export type RealtimeClientOptions = z.input<typeof clientOptionsSchema>;
export type ClientState = 'idle' | 'connecting' | 'ready' | 'reconnecting' | 'rolling_over' | 'closed';
/** What the switch of session did to work in flight (reported by both `reconnected` and `rollover`). */
interface Handover {
    previousSessionId: string;
    /** The default-conversation response the switch cut off, if one was running. */
    interruptedResponseId: string | null;
    /** Whether that response was asked for again on the new session. */
    rerequested: boolean;
    /** Out-of-band responses the switch cut off (reported, not asked for again). */
    interruptedOutOfBand: string[];
    /** Items of a cut-off response dropped from the mirror (never finished). */
    droppedItemIds: string[];
    /** Uncommitted input audio re-sent to the new session (the turn in flight). */
    resentAudioMs: number;
}
export interface ReconnectedEvent extends Handover {
    sessionId: string;
    attempts: number;
    replayedItems: number;
}
export interface RolloverEvent extends Handover {
    sessionId: string;
    replayedItems: number;
    /** Input audio that arrived during the switch and went to the new session. */
    heldAudioMs: number;
}
export interface MalformedEvent {
    reason: string;
    type: string | undefined;
    frame: string;
}
export type RealtimeClientEvents = ServerEventMap & {
    /** Every server event of the current session, in arrival order. */
    server_event: RealtimeServerEvent;
    state: ClientState;
    reconnected: ReconnectedEvent;
    rollover: RolloverEvent;
    /** A classified service error (benign races are only logged). */
    service_error: RealtimeServiceError;
    /** A frame that was not a valid event; it was logged and skipped. */
    malformed_event: MalformedEvent;
    closed: {
        error: Error | null;
    };
};
export type TruncateOutcome = 'truncated' | 'deleted' | 'skipped';
export interface Playback {
    /** The assistant item being played when the interruption came. */
    itemId: string;
    /** Milliseconds of that item's audio actually played out. */
    playedMs: number;
    /** What the listener heard of the transcript, if the caller knows it. */
    heardTranscript?: string;
}
export declare class RealtimeClient extends TypedEmitter<RealtimeClientEvents> {
    #private;
    constructor(options: RealtimeClientOptions, context?: {
        logger?: Logger;
    });
    get state(): ClientState;
    get sessionId(): string | null;
    get config(): Readonly<SessionConfig>;
    /** The conversation as mirrored from the server, oldest first. */
    get conversation(): readonly MirrorItem[];
    /** Token usage summed over all responses of all sessions so far. */
    get usage(): Readonly<UsageTotals>;
    get activeResponseId(): string | null;
    /** Whether a default-conversation response is active, sent or queued. */
    get answering(): boolean;
    /** Opens the first session and applies the session config; resolves once the server accepted it. */
    connect(): Promise<void>;
    /** Changes the session config; on refusal the previous config stays in force and the error is thrown. */
    updateSession(change: Partial<SessionConfigInput>): Promise<void>;
    /**
     * Appends input audio: wire bytes in the session's input format, or PCM16 samples at that format's
     * rate (24 kHz for `audio/pcm`, 8 kHz for G.711), which are encoded here.
     */
    appendAudio(audio: Uint8Array | Int16Array): void;
    /** Commits the input buffer (manual turns); returns false, sending nothing, below 100 ms of audio. */
    commitAudio(): boolean;
    /** Drops the uncommitted input audio here and on the server. */
    clearAudio(): void;
    /**
     * Asks for a response. Default-conversation responses are queued until none is active;
     * out-of-band ones (`conversation: 'none'`) go at once.
     */
    createResponse(response?: RealtimeResponseCreateParams): void;
    /** Cancels the active response (or the given one); does nothing while no socket is usable. */
    cancelResponse(responseId?: string): void;
    createItem(item: ConversationItem, previousItemId?: string): void;
    /** Sends a tool's result; the call must be in the conversation. Ask for the response separately. */
    sendFunctionOutput(callId: string, output: string): void;
    deleteItem(itemId: string): void;
    /**
     * Cuts an assistant audio item to what was played. Clamped to the audio received; an item nothing
     * of which was played is deleted instead (the server refuses a truncate at 0 ms).
     */
    truncateItem(playback: Playback): TruncateOutcome;
    /**
     * Barge-in: cancels the active response unless the server already does (its VAD heard the speech
     * and `interrupt_response` is on), then truncates the item being played to what was heard.
     */
    interrupt(options: {
        playback?: Playback;
        bySpeech: boolean;
    }): TruncateOutcome;
    /** The server's copy of an item (`conversation.item.retrieve`), audio included. */
    retrieveItem(itemId: string): Promise<ServerEventMap['conversation.item.retrieved']['item']>;
    /** Moves to a fresh session now (after the current response), carrying the conversation. */
    rollover(): Promise<void>;
    close(): void;
}
export {};
