import { type StoredItem } from './conversation.js';
import type { WireUsage } from './wire.js';
export declare const textTokens: (text: string) => number;
export declare const userAudioTokens: (ms: number) => number;
export declare const assistantAudioTokens: (ms: number) => number;
/** The words of a content part: its text, or the transcript of its audio. */
export declare function partText(part: object): string;
export declare function responseUsage(instructions: string, context: readonly StoredItem[], outputs: readonly StoredItem[]): WireUsage;
