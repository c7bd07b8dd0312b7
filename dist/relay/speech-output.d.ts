import type { Logger } from '../telemetry/log.js';
/** Where samples go to be heard, at one fixed rate: a published track, in the room layer. */
export interface AudioSink {
    readonly sampleRate: number;
    /** Queues samples; resolves when the sink has room for more. */
    play(samples: Int16Array): Promise<void>;
    /** Resolves when everything queued has been played out (or dropped). */
    drained(): Promise<void>;
    /** Milliseconds queued and not yet played. */
    queuedMs(): number;
    /** Drops everything queued. */
    clear(): void;
}
/** What listeners heard of the item that was playing when speech was cut. */
export interface HeardSpeech {
    itemId: string;
    heardMs: number;
}
export interface SpeechOutput {
    /** Queues speech of one model item (PCM16 mono at the sink's rate). */
    play(itemId: string, samples: Int16Array): void;
    /** Stops at once; reports what was heard of the item that was playing, if one was. */
    interrupt(): HeardSpeech | undefined;
    /** Whether speech is playing or queued. */
    readonly speaking: boolean;
    /** Called when speech starts and when it has all played out. */
    onSpeaking(listener: (speaking: boolean, itemId: string | undefined) => void): () => void;
}
export declare class Playout implements SpeechOutput {
    #private;
    constructor(sink: AudioSink, logger: Logger);
    get speaking(): boolean;
    play(itemId: string, samples: Int16Array): void;
    interrupt(): HeardSpeech | undefined;
    onSpeaking(listener: (speaking: boolean, itemId: string | undefined) => void): () => void;
}
