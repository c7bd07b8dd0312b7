// The engine's speech recogniser: one pocketsphinx worker process for the whole engine, started on first
// use (or when a session turns transcription on), started again after it dies, stopped with the engine.
// Utterances are brought to 16 kHz and recognised one at a time, in order, each within a time limit.
import { resampleClip } from '../../audio/resampler.js';
import { FrameworkError, isFrameworkError } from '../../errors.js';
import { log as rootLog } from '../../telemetry/log.js';
import { RECOGNISER_RATE, RecogniserProcess } from './recogniser-process.js';
const DEFAULT_PYTHON = '/usr/bin/python3';
const DEFAULT_MODEL_DIR = '/usr/share/pocketsphinx/model/en-us';
const DEFAULT_TIMEOUT_MS = 60_000;
const START_TIMEOUT_MS = 30_000;
/** The recogniser's settings: options first, then the environment, then the Debian defaults. */
export function recogniserSettings(options, env = process.env) {
    return {
        python: options.python ?? (env.ROOMVOICE_RECOGNISER_PYTHON || DEFAULT_PYTHON),
        modelDir: options.modelDir ?? DEFAULT_MODEL_DIR,
        startTimeoutMs: START_TIMEOUT_MS,
        timeoutMs: options.timeoutMs,
    };
}
export class SpeechRecogniser {
    #settings;
    #log;
    #worker;
    #starting;
    #queue = Promise.resolve();
    #closed = false;
    /** Aborted on close: kills a worker still loading its model. */
    #closing = new AbortController();
    constructor(options = {}) {
        this.#settings = recogniserSettings(options);
        this.#log = (options.log ?? rootLog()).child({ component: 'speech-recogniser' });
    }
    /** The worker's process id while one runs (for checks that it is gone after close). */
    get pid() {
        return this.#worker?.running ? this.#worker.pid : undefined;
    }
    transcribe(samples, sampleRate, options = {}) {
        const job = this.#queue.then(() => this.#recognise(samples, sampleRate, options));
        this.#queue = job.catch(() => { });
        return job;
    }
    prepare() {
        if (this.#closed)
            return;
        this.#ready().catch((error) => 
        // The utterance that needs it reports the failure; this is only the early warning.
        this.#log.debug({ err: error }, 'speech recogniser could not start ahead of use'));
    }
    /** Stops the worker (and one still starting); later utterances are refused. */
    async close() {
        this.#closed = true;
        this.#closing.abort();
        await Promise.allSettled([this.#worker?.stop(), this.#starting]);
    }
    #ready() {
        if (this.#closed)
            return Promise.reject(closedError());
        if (this.#worker?.running)
            return Promise.resolve(this.#worker);
        this.#starting ??= RecogniserProcess.start(this.#settings, this.#log, this.#closing.signal).then(async (worker) => {
            this.#starting = undefined;
            if (this.#closed) {
                await worker.stop();
                throw closedError();
            }
            this.#worker = worker;
            this.#log.info({ pid: worker.pid }, 'speech recogniser started');
            return worker;
        }, (error) => {
            this.#starting = undefined;
            throw error;
        });
        return this.#starting;
    }
    async #recognise(samples, sampleRate, options) {
        options.signal?.throwIfAborted();
        if (this.#closed)
            throw closedError();
        if (samples.length === 0)
            return { text: '', decodeMs: 0 };
        const audioMs = (samples.length * 1000) / sampleRate;
        const pcm = resampleClip(samples, sampleRate, RECOGNISER_RATE);
        const worker = await this.#ready();
        let settled = false;
        const recognising = worker.recognise({
            samples: pcm,
            onSegment: (text) => {
                if (!settled)
                    options.onSegment?.(text);
            },
        });
        recognising.catch(() => { });
        const limitMs = this.#settings.timeoutMs ?? DEFAULT_TIMEOUT_MS + 3 * audioMs;
        let timer;
        const timeout = new Promise((_, reject) => {
            timer = setTimeout(() => reject(new FrameworkError('TRANSCRIPTION_TIMEOUT', `the speech recogniser took more than ${Math.round(limitMs)} ms for ${Math.round(audioMs)} ms of audio; it is restarted for the next utterance`)), limitMs);
        });
        try {
            const { text, ms } = await Promise.race([recognising, timeout]);
            this.#log.debug({ audioMs: Math.round(audioMs), decodeMs: ms, text }, 'utterance recognised');
            return { text, decodeMs: ms };
        }
        catch (error) {
            if (isFrameworkError(error, 'TRANSCRIPTION_TIMEOUT'))
                await worker.kill();
            throw error;
        }
        finally {
            settled = true;
            clearTimeout(timer);
        }
    }
}
function closedError() {
    return new FrameworkError('TRANSCRIPTION_FAILED', 'the speech recogniser is closed (the engine stopped)');
}
//# sourceMappingURL=speech-recogniser.js.map