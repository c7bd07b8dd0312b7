import { type Logger } from '../../telemetry/log.js';
import { type RecogniserProcessSettings } from './recogniser-process.js';
export interface SpeechRecogniserOptions {
    /**
     * The Python 3 that has Debian's pocketsphinx bindings (default: ROOMVOICE_RECOGNISER_PYTHON, else
     * /usr/bin/python3; the distribution's own, where apt installs python3-pocketsphinx).
     */
    python?: string;
    /** The pocketsphinx-en-us model folder (default /usr/share/pocketsphinx/model/en-us). */
    modelDir?: string;
    /** Time one utterance may take to recognise (default: 60 s plus three times the audio's length). */
    timeoutMs?: number;
    log?: Logger;
}
export interface Recognition {
    /** The transcript ('' when no words were recognised). */
    text: string;
    /** Milliseconds the worker spent decoding. */
    decodeMs: number;
}
export interface TranscribeOptions {
    /** Called with each stretch of speech as it is recognised, before the promise resolves. */
    onSegment?: (text: string) => void;
    /** Skips the utterance when aborted before its turn comes (one being decoded still finishes). */
    signal?: AbortSignal;
}
/** What a session needs of a recogniser. */
export interface Transcriber {
    /** Recognises mono PCM16 at any rate from 8 to 48 kHz; rejects with a TRANSCRIPTION_* error. */
    transcribe(samples: Int16Array, sampleRate: number, options?: TranscribeOptions): Promise<Recognition>;
    /** Loads the model in the background, so the first utterance does not wait for it. */
    prepare(): void;
}
/** The recogniser's settings: options first, then the environment, then the Debian defaults. */
export declare function recogniserSettings(options: SpeechRecogniserOptions, env?: NodeJS.ProcessEnv): RecogniserProcessSettings & {
    timeoutMs: number | undefined;
};
export declare class SpeechRecogniser implements Transcriber {
    #private;
    constructor(options?: SpeechRecogniserOptions);
    /** The worker's process id while one runs (for checks that it is gone after close). */
    get pid(): number | undefined;
    transcribe(samples: Int16Array, sampleRate: number, options?: TranscribeOptions): Promise<Recognition>;
    prepare(): void;
    /** Stops the worker (and one still starting); later utterances are refused. */
    close(): Promise<void>;
}
