import { type SileroStream } from './silero.js';
export interface VadSettings {
    threshold: number;
    prefixPaddingMs: number;
    silenceDurationMs: number;
}
export type VadMoment = {
    type: 'speech_started';
    audioStartMs: number;
} | {
    type: 'speech_stopped';
    audioEndMs: number;
};
/** Silence that ends a turn for semantic_vad, by eagerness (a stand-in for the semantic model). */
export declare const SEMANTIC_SILENCE_MS: {
    readonly low: 1000;
    readonly medium: 500;
    readonly auto: 500;
    readonly high: 250;
};
export declare class SpeechSegmenter {
    #private;
    settings: VadSettings;
    constructor(model: SileroStream, settings: VadSettings, timelineMs?: number);
    get speaking(): boolean;
    /** Forgets a turn in progress (the client committed or cleared the buffer itself). */
    endTurn(): void;
    /** Feeds the next appended audio; resolves with the moments it completes, in order. */
    push(samples: Int16Array, sampleRate: number): Promise<VadMoment[]>;
}
