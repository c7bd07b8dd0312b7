import { concatSamples, samplesToMs } from '../audio/pcm.js';
import { SileroStream } from '../audio/vad/silero.js';
import { SpeechSegmenter } from '../audio/vad/speech-segmenter.js';
import { TypedEmitter } from '../typed-emitter.js';
/** Recent audio kept beyond the prefix padding, to cover the detector's own delay. */
const RECENT_EXTRA_MS = 600;
export class Speaker extends TypedEmitter {
    ref;
    /** The participant as tools see them (raw display name, kind). */
    participant;
    /** Sid of the microphone track being heard. */
    trackSid;
    sampleRate;
    #segmenter;
    #logger;
    #route;
    /** Recent chunks with the timeline ms at which each starts. */
    #recent = [];
    #keepMs;
    #timelineMs = 0;
    #ended = false;
    constructor(ref, participant, trackSid, options) {
        super(() => options.logger);
        this.ref = ref;
        this.participant = participant;
        this.trackSid = trackSid;
        this.sampleRate = options.sampleRate;
        this.#logger = options.logger;
        const vad = options.vad;
        this.#segmenter = vad ? new SpeechSegmenter(new SileroStream(vad.model), vad.settings) : undefined;
        this.#keepMs = (vad?.settings.prefixPaddingMs ?? 300) + RECENT_EXTRA_MS;
    }
    /** Whether the relay's own voice activity detector hears this person talking now. */
    get speaking() {
        return this.#segmenter?.speaking ?? false;
    }
    get ended() {
        return this.#ended;
    }
    /** Sends every sample from now on to `route` (undefined: nowhere). */
    routeTo(route) {
        this.#route = route;
    }
    /** The recent audio from timeline ms `fromMs` on (the start of a turn, with its padding). */
    recentFrom(fromMs) {
        const parts = [];
        for (const chunk of this.#recent) {
            const endMs = chunk.atMs + samplesToMs(chunk.samples.length, this.sampleRate);
            if (endMs <= fromMs)
                continue;
            const skip = Math.max(0, Math.round(((fromMs - chunk.atMs) * this.sampleRate) / 1000));
            parts.push(skip > 0 ? chunk.samples.subarray(skip) : chunk.samples);
        }
        return concatSamples(parts);
    }
    /** Consumes the microphone until it ends. */
    async listen(frames) {
        try {
            for await (const frame of frames) {
                const samples = await this.#take(frame.data);
                if (samples.length > 0)
                    this.#route?.(samples);
            }
        }
        finally {
            this.#ended = true;
            this.emit('ended', undefined);
        }
    }
    /** Feeds one frame to memory and voice activity; returns it for routing. */
    async #take(samples) {
        const atMs = this.#timelineMs;
        this.#timelineMs += samplesToMs(samples.length, this.sampleRate);
        this.#recent.push({ atMs, samples });
        while (this.#recent.length > 1 && this.#recent[0].atMs < this.#timelineMs - this.#keepMs) {
            this.#recent.shift();
        }
        if (!this.#segmenter)
            return samples;
        // The frame is routed after the detector has seen it: a turn that starts here takes it from
        // `recentFrom`, and only frames after that go through the new route.
        const route = this.#route;
        try {
            for (const moment of await this.#segmenter.push(samples, this.sampleRate)) {
                if (moment.type === 'speech_started')
                    this.emit('speech_started', { atMs: moment.audioStartMs });
                else
                    this.emit('speech_stopped', { atMs: moment.audioEndMs });
            }
        }
        catch (error) {
            this.#logger.warn({ err: error }, 'voice activity detection failed on a frame');
        }
        return route === this.#route ? samples : new Int16Array(0);
    }
}
//# sourceMappingURL=speaker.js.map