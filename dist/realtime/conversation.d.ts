import type { ConversationItem, RealtimeServerEvent } from './wire.js';
export type MirrorRole = 'user' | 'assistant' | 'system';
export interface MirrorMessage {
    kind: 'message';
    id: string;
    role: MirrorRole;
    status: string;
    /** Text parts, in order. */
    text: string;
    /** Whether the message carried audio (user speech or model speech). */
    audio: boolean;
    /** Transcript of the audio, as far as known (user: input transcription; assistant: output transcript). */
    transcript: string;
    /** Milliseconds of assistant audio received for this item. */
    audioMs: number;
    /** Set when the item was truncated to what was heard. */
    truncatedAtMs?: number;
    responseId?: string;
}
export interface MirrorFunctionCall {
    kind: 'function_call';
    id: string;
    status: string;
    callId: string;
    name: string;
    arguments: string;
    responseId?: string;
}
export interface MirrorFunctionOutput {
    kind: 'function_call_output';
    id: string;
    status: string;
    callId: string;
    output: string;
}
export type MirrorItem = MirrorMessage | MirrorFunctionCall | MirrorFunctionOutput;
/** What a replayed user audio turn says when no transcript of it is known. */
export declare const UNTRANSCRIBED_SPEECH = "[the user spoke here; no transcript is available]";
export declare class ConversationMirror {
    #private;
    /** `outputBytesPerMs`: 48 for PCM16 24 kHz output, 8 for G.711. */
    constructor(outputBytesPerMs: number);
    get items(): readonly MirrorItem[];
    get(id: string): MirrorItem | undefined;
    hasCall(callId: string): boolean;
    /** Notes the heard part of an item's transcript, used when the server confirms the truncation. */
    expectTruncation(itemId: string, heardTranscript: string): void;
    /** Updates the mirror from one server event; events that do not touch the conversation are ignored. */
    apply(event: RealtimeServerEvent): void;
    remove(id: string): void;
    /** Drops items whose generation never finished (a response cut off by a dropped socket). */
    dropUnfinished(): MirrorItem[];
    /** The conversation as items a new session accepts, oldest first, with their ids kept. */
    replayItems(): ConversationItem[];
    /** The item was cut to `audioEndMs` of heard audio (by the server, or locally while disconnected). */
    truncated(itemId: string, audioEndMs: number): void;
}
/** The share `fraction` of a transcript, cut back to a word boundary. */
export declare function heardPrefix(transcript: string, fraction: number): string;
