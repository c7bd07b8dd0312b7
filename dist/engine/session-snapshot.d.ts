import { type StoredItem } from './conversation.js';
export interface ContentSnapshot {
    /** input_text, input_audio, input_image, output_text or output_audio. */
    type: string;
    /** The words of a text part. */
    text?: string;
    /** The transcript of an audio part: null while unknown (not transcribed yet, or transcription off). */
    transcript?: string | null;
}
export type ItemSnapshot = {
    id: string;
    type: 'message';
    role: 'user' | 'assistant' | 'system';
    status: string | null;
    content: ContentSnapshot[];
    /** Length of the audio the item carries (0 for text only). */
    audioMs: number;
} | {
    id: string;
    type: 'function_call';
    callId: string;
    name: string;
    arguments: string;
} | {
    id: string;
    type: 'function_call_output';
    callId: string;
    output: string;
};
export interface SessionSnapshot {
    id: string;
    /** The model the client asked for in its URL. */
    model: string;
    /** False once the client's socket closed. */
    open: boolean;
    /** Input transcriptions started and not yet completed or failed. */
    transcriptionsPending: number;
    /** The default conversation, in order. */
    items: ItemSnapshot[];
}
/** The item as plain data; undefined for item types the engine never stores (MCP). */
export declare function itemSnapshot(stored: StoredItem): ItemSnapshot | undefined;
