// Where a conversation's answers are heard: the narrow `SpeechOutput` interface (play an item's speech,
// interrupt, report how much of the cut item was heard) and `Playout`, its implementation over any
// `AudioSink` (the room layer's published track). Playout owns the clock of what was heard: captured
// minus what the sink still had queued. Nothing slow (state, transcripts, logs) sits on this path.
import { samplesToMs } from '../audio/pcm.js';
/**
 * Speech goes to the sink in frames this long. A frame being handed over when speech is cut cannot be
 * called back (the sink plays it), so it is kept short: what was heard is known to within one frame.
 */
const FRAME_MS = 20;
export class Playout {
    #sink;
    #logger;
    #listeners = new Set();
    #pending = [];
    #current;
    /** The frame being handed to the sink now (it plays even if speech is cut meanwhile). */
    #handingMs = 0;
    /** Items cut by an interruption: audio of theirs still in flight from the model is dropped. */
    #cut = new Set();
    #generation = 0;
    #running = false;
    #speaking = false;
    /** Wakes the loop when a chunk arrives while it waits for the sink to drain. */
    #wake;
    constructor(sink, logger) {
        this.#sink = sink;
        this.#logger = logger;
    }
    get speaking() {
        return this.#speaking;
    }
    play(itemId, samples) {
        if (samples.length === 0 || this.#cut.has(itemId))
            return;
        const frame = Math.round((this.#sink.sampleRate * FRAME_MS) / 1000);
        for (let offset = 0; offset < samples.length; offset += frame) {
            this.#pending.push({ itemId, samples: samples.subarray(offset, offset + frame) });
        }
        if (this.#wake)
            this.#wake();
        else if (!this.#running)
            void this.#run();
    }
    interrupt() {
        this.#generation += 1;
        for (const chunk of this.#pending)
            this.#cut.add(chunk.itemId);
        this.#pending = [];
        const current = this.#current;
        // Queued in the sink and not played: dropped now, except the frame being handed over, which plays.
        const unheardMs = Math.max(0, this.#sink.queuedMs() - this.#handingMs);
        this.#sink.clear();
        this.#wake?.();
        this.#current = undefined;
        this.#setSpeaking(false, current?.itemId);
        if (!current)
            return undefined;
        this.#cut.add(current.itemId);
        return { itemId: current.itemId, heardMs: Math.max(0, Math.floor(current.capturedMs - unheardMs)) };
    }
    onSpeaking(listener) {
        this.#listeners.add(listener);
        return () => this.#listeners.delete(listener);
    }
    async #run() {
        this.#running = true;
        const generation = this.#generation;
        try {
            while (generation === this.#generation) {
                const chunk = this.#pending.shift();
                if (!chunk) {
                    // Nothing left to queue: wait until the sink has played it all, unless more speech comes first.
                    const more = new Promise((resolve) => {
                        this.#wake = () => resolve(true);
                    });
                    const moreCame = await Promise.race([more, this.#sink.drained().then(() => false)]);
                    this.#wake = undefined;
                    if (moreCame)
                        continue;
                    const itemId = this.#current?.itemId;
                    this.#current = undefined;
                    this.#setSpeaking(false, itemId);
                    return;
                }
                if (this.#current?.itemId !== chunk.itemId)
                    this.#current = { itemId: chunk.itemId, capturedMs: 0 };
                this.#setSpeaking(true, chunk.itemId);
                this.#handingMs = samplesToMs(chunk.samples.length, this.#sink.sampleRate);
                this.#current.capturedMs += this.#handingMs;
                await this.#sink.play(chunk.samples);
                this.#handingMs = 0;
            }
        }
        catch (error) {
            this.#logger.error({ err: error }, 'playout failed');
        }
        finally {
            this.#running = false;
            this.#wake = undefined;
            if (this.#pending.length > 0)
                void this.#run();
        }
    }
    #setSpeaking(speaking, itemId) {
        if (speaking === this.#speaking)
            return;
        this.#speaking = speaking;
        for (const listener of this.#listeners)
            listener(speaking, itemId);
    }
}
//# sourceMappingURL=speech-output.js.map