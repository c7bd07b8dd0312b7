// The engine's speech recogniser: one pocketsphinx worker process for the whole engine, started on first
// use (or when a session turns transcription on), started again after it dies, stopped with the engine.
// Utterances are brought to 16 kHz and recognised one at a time, in order, each within a time limit.
import { resampleClip } from '../../audio/resampler.js';
import { FrameworkError, isFrameworkError } from '../../errors.js';
import { type Logger, log as rootLog } from '../../telemetry/log.js';
import { RECOGNISER_RATE, RecogniserProcess, type RecogniserProcessSettings } from './recogniser-process.js';

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

const DEFAULT_PYTHON = '/usr/bin/python3';
const DEFAULT_MODEL_DIR = '/usr/share/pocketsphinx/model/en-us';
const DEFAULT_TIMEOUT_MS = 60_000;
const START_TIMEOUT_MS = 30_000;

/** The recogniser's settings: options first, then the environment, then the Debian defaults. */
export function recogniserSettings(
  options: SpeechRecogniserOptions,
  env: NodeJS.ProcessEnv = process.env,
): RecogniserProcessSettings & { timeoutMs: number | undefined } {
  return {
    python: options.python ?? (env.ROOMVOICE_RECOGNISER_PYTHON || DEFAULT_PYTHON),
    modelDir: options.modelDir ?? DEFAULT_MODEL_DIR,
    startTimeoutMs: START_TIMEOUT_MS,
    timeoutMs: options.timeoutMs,
  };
}

export class SpeechRecogniser implements Transcriber {
  readonly #settings: RecogniserProcessSettings & { timeoutMs: number | undefined };
  readonly #log: Logger;
  #worker: RecogniserProcess | undefined;
  #starting: Promise<RecogniserProcess> | undefined;
  #queue: Promise<unknown> = Promise.resolve();
  #closed = false;
  /** Aborted on close: kills a worker still loading its model. */
  readonly #closing = new AbortController();

  constructor(options: SpeechRecogniserOptions = {}) {
    this.#settings = recogniserSettings(options);
    this.#log = (options.log ?? rootLog()).child({ component: 'speech-recogniser' });
  }

  /** The worker's process id while one runs (for checks that it is gone after close). */
  get pid(): number | undefined {
    return this.#worker?.running ? this.#worker.pid : undefined;
  }

  transcribe(samples: Int16Array, sampleRate: number, options: TranscribeOptions = {}): Promise<Recognition> {
    const job = this.#queue.then(() => this.#recognise(samples, sampleRate, options));
    this.#queue = job.catch(() => {});
    return job;
  }

  prepare(): void {
    if (this.#closed) return;
    this.#ready().catch((error: unknown) =>
      // The utterance that needs it reports the failure; this is only the early warning.
      this.#log.debug({ err: error }, 'speech recogniser could not start ahead of use'),
    );
  }

  /** Stops the worker (and one still starting); later utterances are refused. */
  async close(): Promise<void> {
    this.#closed = true;
    this.#closing.abort();
    await Promise.allSettled([this.#worker?.stop(), this.#starting]);
  }

  #ready(): Promise<RecogniserProcess> {
    if (this.#closed) return Promise.reject(closedError());
    if (this.#worker?.running) return Promise.resolve(this.#worker);
    this.#starting ??= RecogniserProcess.start(this.#settings, this.#log, this.#closing.signal).then(
      async (worker) => {
        this.#starting = undefined;
        if (this.#closed) {
          await worker.stop();
          throw closedError();
        }
        this.#worker = worker;
        this.#log.info({ pid: worker.pid }, 'speech recogniser started');
        return worker;
      },
      (error: unknown) => {
        this.#starting = undefined;
        throw error;
      },
    );
    return this.#starting;
  }

  async #recognise(
    samples: Int16Array,
    sampleRate: number,
    options: TranscribeOptions,
  ): Promise<Recognition> {
    options.signal?.throwIfAborted();
    if (this.#closed) throw closedError();
    if (samples.length === 0) return { text: '', decodeMs: 0 };
    const audioMs = (samples.length * 1000) / sampleRate;
    const pcm = resampleClip(samples, sampleRate, RECOGNISER_RATE);
    const worker = await this.#ready();
    let settled = false;
    const recognising = worker.recognise({
      samples: pcm,
      onSegment: (text) => {
        if (!settled) options.onSegment?.(text);
      },
    });
    recognising.catch(() => {});
    const limitMs = this.#settings.timeoutMs ?? DEFAULT_TIMEOUT_MS + 3 * audioMs;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () =>
          reject(
            new FrameworkError(
              'TRANSCRIPTION_TIMEOUT',
              `the speech recogniser took more than ${Math.round(limitMs)} ms for ${Math.round(audioMs)} ms of audio; it is restarted for the next utterance`,
            ),
          ),
        limitMs,
      );
    });
    try {
      const { text, ms } = await Promise.race([recognising, timeout]);
      this.#log.debug({ audioMs: Math.round(audioMs), decodeMs: ms, text }, 'utterance recognised');
      return { text, decodeMs: ms };
    } catch (error) {
      if (isFrameworkError(error, 'TRANSCRIPTION_TIMEOUT')) await worker.kill();
      throw error;
    } finally {
      settled = true;
      clearTimeout(timer);
    }
  }
}

function closedError(): FrameworkError {
  return new FrameworkError('TRANSCRIPTION_FAILED', 'the speech recogniser is closed (the engine stopped)');
}
