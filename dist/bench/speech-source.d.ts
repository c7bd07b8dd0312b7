export interface SpeechSource {
    /** Mono 48 kHz samples. */
    samples: Int16Array;
    /** Where they came from. */
    origin: string;
}
export declare const FRAME_MS = 20;
export declare function loadSpeech(path: string | undefined): Promise<SpeechSource>;
/** 20 ms frames of 48 kHz mono (the last partial frame dropped). */
export declare function framesOf(samples: Int16Array, rate?: number): Int16Array[];
/** A clip a participant says: mono 48 kHz samples, and where the speech in it ends. */
export interface SpokenClip {
    samples: Int16Array;
    /** Milliseconds from the clip's start to its last sample louder than -50 dBFS. */
    speechEndMs: number;
    origin: string;
}
/** Where speech ends in `samples`, ms from their start (0 for silence). */
export declare function speechEndMs(samples: Int16Array, rate?: number): number;
/** `samples` from their first loud sample on (an answer whose first frame is already speech). */
export declare function fromSpeechStart(samples: Int16Array): Int16Array;
/**
 * The clip in `path` up to the end of its speech: after it, the talker's track carries silence by itself
 * (rtc-node sends silence when a source has nothing queued), so a turn need not wait out the file's tail.
 */
export declare function spokenClip(path: string): Promise<SpokenClip>;
