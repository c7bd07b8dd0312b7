import { type WireAudioFormat } from '../audio/wire-format.js';
import type { Logger } from '../telemetry/log.js';
import type { Behaviour } from './behaviour.js';
import { type Conversation, type StoredItem } from './conversation.js';
import type { FunctionTool, OutgoingEvent } from './wire.js';
export interface Pacing {
    /** How many times faster than real time audio deltas are sent (Infinity: as fast as possible). */
    speed: number;
    /** Audio per `response.output_audio.delta`. */
    chunkMs: number;
}
export declare const DEFAULT_PACING: Pacing;
export interface ResponseSettings {
    outputModalities: ('audio' | 'text')[];
    instructions: string;
    tools: FunctionTool[];
    voice: string;
    outputFormat: WireAudioFormat;
    maxOutputTokens: number | 'inf';
    metadata: Record<string, string> | null;
}
export interface ResponseRunOptions {
    /** The default conversation it writes to, or null for an out-of-band response. */
    conversation: Conversation | null;
    /** The items the response sees. */
    context: readonly StoredItem[];
    settings: ResponseSettings;
    behaviour: Behaviour;
    turn: number;
    pacing: Pacing;
    send: (event: OutgoingEvent) => void;
    /** Called when the first assistant audio of the session exists (voice lock). */
    onAssistantAudio: () => void;
    /** Drops the connection (an injected disconnect). */
    disconnect: () => void;
    log: Logger;
}
type EndReason = {
    status: 'completed';
} | {
    status: 'cancelled';
    reason: 'turn_detected' | 'client_cancelled';
} | {
    status: 'incomplete';
    reason: 'max_output_tokens';
} | {
    status: 'failed';
    code: string;
    message: string;
};
export declare class ResponseRun {
    #private;
    readonly id: string;
    constructor(options: ResponseRunOptions);
    get isDefaultConversation(): boolean;
    /** Emits response.created now and runs the rest in the background; resolves after response.done. */
    start(): Promise<void>;
    /** Cancels the response; resolves once its response.done has been sent. */
    cancel(reason: 'turn_detected' | 'client_cancelled'): Promise<void>;
    /** Stops without sending anything more (the socket is gone). */
    abandon(): void;
    /** The final status, once response.done has been sent. */
    get status(): EndReason['status'] | 'in_progress';
    /** Milliseconds of assistant audio the response produced (what the client will play). */
    get audioMs(): number;
}
export declare function formatObject(format: WireAudioFormat): {
    type: 'audio/pcm';
    rate: 24000;
} | {
    type: 'audio/pcmu' | 'audio/pcma';
};
export {};
