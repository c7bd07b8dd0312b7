import type { Logger } from '../telemetry/log.js';
import { TypedEmitter } from '../typed-emitter.js';
import { type Playback, type RealtimeClientOptions, type ReconnectedEvent, type RolloverEvent, type TruncateOutcome } from './client.js';
import type { RealtimeServiceError } from './service-error.js';
import { type FunctionTool } from './session-config.js';
import type { UsageTotals } from './usage.js';
import type { RealtimeResponseCreateParams, RealtimeResponseUsage } from './wire.js';
export interface FunctionCallRequest {
    callId: string;
    name: string;
    arguments: string;
}
export interface ModelSessionEvents {
    /** Speech of an assistant item, PCM16 mono at `outputRate`. */
    audio: {
        itemId: string;
        responseId: string;
        samples: Int16Array;
    };
    /** All audio of the item has arrived. */
    audio_done: {
        itemId: string;
    };
    /** The model's words for an item it speaks, as they stream. */
    output_transcript: {
        itemId: string;
        responseId: string;
        delta: string;
    };
    output_transcript_done: {
        itemId: string;
        responseId: string;
        transcript: string;
    };
    /** The server's turn detection heard speech start or stop in the input buffer. */
    speech_started: {
        itemId: string;
    };
    speech_stopped: {
        itemId: string;
    };
    /** The input buffer became a user item (server turn detection, a manual commit, or an idle timeout). */
    committed: {
        itemId: string;
        previousItemId: string | null;
    };
    /** The server's transcription of a user item, as it streams, then final (or failed). */
    input_transcript: {
        itemId: string;
        delta: string;
    };
    input_transcript_done: {
        itemId: string;
        transcript: string;
    };
    input_transcript_failed: {
        itemId: string;
        message: string;
    };
    response_started: {
        responseId: string;
    };
    response_done: {
        responseId: string;
        status: string;
        usage: RealtimeResponseUsage | null;
        functionCalls: FunctionCallRequest[];
    };
    /** The session moved to a new socket (a drop, or the session cap), conversation restored. */
    handover: {
        kind: 'reconnect';
        event: ReconnectedEvent;
    } | {
        kind: 'rollover';
        event: RolloverEvent;
    };
    /** A service error (the client keeps going unless it is fatal). */
    service_error: RealtimeServiceError;
    closed: {
        error: Error | null;
    };
}
/** What a conversation can ask of its model session. */
export interface ModelSession {
    /** Sample rate of the PCM16 audio `appendAudio` takes. */
    readonly inputRate: number;
    /** Sample rate of the PCM16 audio `audio` events carry. */
    readonly outputRate: number;
    /** Whether the server cancels a response by itself when it hears speech. */
    readonly serverInterrupts: boolean;
    readonly sessionId: string | null;
    readonly usage: Readonly<UsageTotals>;
    on<K extends keyof ModelSessionEvents>(name: K, listener: (payload: ModelSessionEvents[K]) => void): () => void;
    connect(): Promise<void>;
    /** Appends PCM16 samples at `inputRate` to the input buffer. */
    appendAudio(samples: Int16Array): void;
    /** Commits the input buffer; false (nothing sent) below 100 ms of audio. */
    commitAudio(): boolean;
    clearAudio(): void;
    /**
     * Adds a user item of text and/or audio (PCM16 at `inputRate`), with the given id or one the server
     * picks; `previousItemId` places it (null: first; absent: last).
     */
    addUserItem(item: {
        itemId?: string;
        text?: string;
        samples?: Int16Array;
    }, previousItemId?: string | null): void;
    /** Asks for a response (queued while one is active). */
    respond(response?: RealtimeResponseCreateParams): void;
    /** Cancels the active response, if any. */
    cancelResponse(): void;
    /** Whether a response is running or queued. */
    readonly responding: boolean;
    /** Barge-in: cancels the response unless the server does, and truncates the item to what was heard. */
    interrupt(options: {
        playback?: Playback;
        bySpeech: boolean;
    }): TruncateOutcome;
    sendFunctionOutput(callId: string, output: string): void;
    updateTools(tools: FunctionTool[]): Promise<void>;
    close(): void;
}
export declare class RealtimeModelSession extends TypedEmitter<ModelSessionEvents> implements ModelSession {
    #private;
    readonly inputRate: number;
    readonly outputRate: number;
    constructor(options: RealtimeClientOptions, context: {
        logger: Logger;
    });
    get serverInterrupts(): boolean;
    get sessionId(): string | null;
    get usage(): Readonly<UsageTotals>;
    get responding(): boolean;
    connect(): Promise<void>;
    appendAudio(samples: Int16Array): void;
    commitAudio(): boolean;
    clearAudio(): void;
    addUserItem(item: {
        itemId?: string;
        text?: string;
        samples?: Int16Array;
    }, previousItemId?: string | null): void;
    respond(response?: RealtimeResponseCreateParams): void;
    cancelResponse(): void;
    interrupt(options: {
        playback?: Playback;
        bySpeech: boolean;
    }): TruncateOutcome;
    sendFunctionOutput(callId: string, output: string): void;
    updateTools(tools: FunctionTool[]): Promise<void>;
    close(): void;
}
