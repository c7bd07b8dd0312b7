// One running recogniser worker (pocketsphinx_worker.py on Debian's python3): starting it and waiting for
// its ready line, sending one utterance of 16 kHz PCM16 and reading back its segments and result, and
// stopping it. It serves one utterance at a time and never restarts itself: SpeechRecogniser does both.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { pcm16Bytes } from '../../audio/base64.js';
import { FrameworkError } from '../../errors.js';
export const WORKER_SCRIPT = fileURLToPath(new URL('./pocketsphinx_worker.py', import.meta.url));
/** The Debian packages the recogniser runs on, as one install command for error messages. */
export const INSTALL_HINT = 'apt-get install pocketsphinx pocketsphinx-en-us python3-pocketsphinx';
/** The sample rate the worker expects (the en-us acoustic model's). */
export const RECOGNISER_RATE = 16_000;
const workerLine = z.discriminatedUnion('type', [
    z.object({ type: z.literal('ready'), reset: z.enum(['cmn', 'reinit']) }),
    z.object({ type: z.literal('unavailable'), message: z.string() }),
    z.object({ type: z.literal('segment'), text: z.string() }),
    z.object({ type: z.literal('result'), text: z.string(), ms: z.number() }),
    z.object({ type: z.literal('error'), message: z.string() }),
]);
/** Keeps the last few KB of the worker's stderr for error messages. */
const STDERR_KEPT = 2_048;
export class RecogniserProcess {
    #child;
    #log;
    #python;
    #stderr = '';
    #exit;
    #spawnError;
    #exited;
    /** Who gets the next lines: the start handshake, then the utterance in flight. */
    #reader;
    #onExit;
    constructor(settings, log) {
        this.#python = settings.python;
        this.#log = log;
        // -I: Debian's dist-packages only, whatever PYTHONPATH or a user site say.
        this.#child = spawn(settings.python, ['-I', WORKER_SCRIPT, settings.modelDir], {
            stdio: ['pipe', 'pipe', 'pipe'],
        });
        this.#exited = new Promise((resolve) => {
            this.#child.once('close', (code, signal) => {
                this.#exit = { code, signal };
                this.#onExit?.(this.#exitError());
                resolve();
            });
        });
        this.#child.on('error', (error) => {
            // A failed spawn is followed by 'close'; remember why, for #exitError.
            this.#spawnError = error;
        });
        // Writes after the worker died fail with EPIPE; the exit is what gets reported.
        this.#child.stdin.on('error', () => { });
        this.#child.stderr.setEncoding('utf8');
        this.#child.stderr.on('data', (chunk) => {
            this.#stderr = (this.#stderr + chunk).slice(-STDERR_KEPT);
        });
        createInterface({ input: this.#child.stdout }).on('line', (text) => this.#receive(text));
    }
    /**
     * Starts a worker and resolves once its model is loaded; rejects with a coded error if it cannot. An
     * abort while it loads kills it, and rejects once it has exited.
     */
    static start(settings, log, signal) {
        const worker = new RecogniserProcess(settings, log);
        return new Promise((resolve, reject) => {
            const settle = () => {
                clearTimeout(timer);
                signal.removeEventListener('abort', abort);
                worker.#reader = undefined;
                worker.#onExit = undefined;
            };
            const giveUp = (error) => {
                settle();
                void worker.kill().then(() => reject(error));
            };
            const timer = setTimeout(() => giveUp(new FrameworkError('TRANSCRIPTION_UNAVAILABLE', `the speech recogniser did not load its model within ${settings.startTimeoutMs} ms`)), settings.startTimeoutMs);
            const abort = () => giveUp(new FrameworkError('TRANSCRIPTION_FAILED', 'the speech recogniser was stopped while starting'));
            if (signal.aborted)
                return abort();
            signal.addEventListener('abort', abort, { once: true });
            worker.#onExit = (error) => {
                settle();
                reject(error);
            };
            worker.#reader = (line) => {
                settle();
                if (line.type === 'ready') {
                    log.debug({ pid: worker.pid, reset: line.reset }, 'speech recogniser ready');
                    resolve(worker);
                    return;
                }
                void worker.stop();
                const detail = line.type === 'unavailable' ? line.message : `it said ${JSON.stringify(line)}`;
                reject(new FrameworkError('TRANSCRIPTION_UNAVAILABLE', `the speech recogniser cannot run: ${detail}`));
            };
        });
    }
    get pid() {
        return this.#child.pid;
    }
    get running() {
        return this.#exit === undefined;
    }
    /** Recognises one utterance; resolves with the whole transcript and the worker's decoding time. */
    recognise(utterance) {
        return new Promise((resolve, reject) => {
            if (!this.running) {
                reject(this.#exitError());
                return;
            }
            if (this.#reader) {
                reject(new FrameworkError('TRANSCRIPTION_FAILED', 'the speech recogniser is busy with another utterance'));
                return;
            }
            const finish = () => {
                this.#reader = undefined;
                this.#onExit = undefined;
            };
            this.#onExit = (error) => {
                finish();
                reject(error);
            };
            this.#reader = (line) => {
                if (line.type === 'segment') {
                    utterance.onSegment(line.text);
                    return;
                }
                finish();
                if (line.type === 'result')
                    resolve({ text: line.text, ms: line.ms });
                else if (line.type === 'error')
                    reject(new FrameworkError('TRANSCRIPTION_FAILED', `the speech recogniser failed: ${line.message}`));
                else
                    reject(new FrameworkError('TRANSCRIPTION_FAILED', `the speech recogniser said ${line.type}`));
            };
            const bytes = pcm16Bytes(utterance.samples);
            const header = Buffer.alloc(4);
            header.writeUInt32LE(bytes.byteLength);
            this.#child.stdin.write(header);
            this.#child.stdin.write(bytes);
        });
    }
    /** Ends the worker: closes its stdin (it exits at end of input), then signals it if it lingers. */
    async stop() {
        if (!this.running)
            return this.#exited;
        this.#child.stdin.end();
        const term = setTimeout(() => this.#child.kill('SIGTERM'), 500);
        const kill = setTimeout(() => this.#child.kill('SIGKILL'), 2_000);
        await this.#exited;
        clearTimeout(term);
        clearTimeout(kill);
    }
    /** Kills the worker at once (a stuck utterance); resolves when it has exited. */
    async kill() {
        if (this.running)
            this.#child.kill('SIGKILL');
        await this.#exited;
    }
    #receive(text) {
        let line;
        try {
            line = workerLine.parse(JSON.parse(text));
        }
        catch {
            this.#log.warn({ line: text.slice(0, 200) }, 'speech recogniser wrote an unexpected line');
            return;
        }
        if (this.#reader)
            this.#reader(line);
        else
            this.#log.warn({ type: line.type }, 'speech recogniser line with no utterance waiting');
    }
    #exitError() {
        if (this.#spawnError?.code === 'ENOENT') {
            return new FrameworkError('TRANSCRIPTION_UNAVAILABLE', `the speech recogniser cannot start: ${this.#python} was not found. It runs pocketsphinx on Debian's python3: ${INSTALL_HINT} (or set ROOMVOICE_RECOGNISER_PYTHON to a python3 that has it).`, { cause: this.#spawnError });
        }
        if (this.#spawnError) {
            return new FrameworkError('TRANSCRIPTION_UNAVAILABLE', `the speech recogniser cannot start ${this.#python}: ${this.#spawnError.message}`, { cause: this.#spawnError });
        }
        const how = this.#exit?.signal
            ? `was killed by ${this.#exit.signal}`
            : `exited with code ${this.#exit?.code}`;
        const stderr = this.#stderr.trim().split('\n').slice(-3).join(' | ');
        return new FrameworkError('TRANSCRIPTION_FAILED', `the speech recogniser ${how}${stderr ? `: ${stderr}` : ''}`);
    }
}
//# sourceMappingURL=recogniser-process.js.map