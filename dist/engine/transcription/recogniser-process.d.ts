import type { Logger } from '../../telemetry/log.js';
export declare const WORKER_SCRIPT: string;
/** The Debian packages the recogniser runs on, as one install command for error messages. */
export declare const INSTALL_HINT = "apt-get install pocketsphinx pocketsphinx-en-us python3-pocketsphinx";
/** The sample rate the worker expects (the en-us acoustic model's). */
export declare const RECOGNISER_RATE = 16000;
export interface RecogniserProcessSettings {
    /** The Python 3 interpreter that has Debian's pocketsphinx bindings. */
    python: string;
    /** The pocketsphinx-en-us model folder. */
    modelDir: string;
    /** How long loading the model may take. */
    startTimeoutMs: number;
}
export interface Utterance {
    /** Mono PCM16 at 16 kHz. */
    samples: Int16Array;
    /** Called with each stretch of speech recognised, before the result. */
    onSegment: (text: string) => void;
}
export declare class RecogniserProcess {
    #private;
    private constructor();
    /**
     * Starts a worker and resolves once its model is loaded; rejects with a coded error if it cannot. An
     * abort while it loads kills it, and rejects once it has exited.
     */
    static start(settings: RecogniserProcessSettings, log: Logger, signal: AbortSignal): Promise<RecogniserProcess>;
    get pid(): number | undefined;
    get running(): boolean;
    /** Recognises one utterance; resolves with the whole transcript and the worker's decoding time. */
    recognise(utterance: Utterance): Promise<{
        text: string;
        ms: number;
    }>;
    /** Ends the worker: closes its stdin (it exits at end of input), then signals it if it lingers. */
    stop(): Promise<void>;
    /** Kills the worker at once (a stuck utterance); resolves when it has exited. */
    kill(): Promise<void>;
}
