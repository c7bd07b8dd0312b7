// One person the agent can hear: their microphone as PCM16 mono at the model's input rate (rtc-node
// converts it natively), routed wherever the conversation says (live into the model session, into a
// buffered turn, or nowhere), a short memory of recent audio so a turn keeps its first syllable, and
// optionally their own voice activity (Silero, as the engine uses) so overlapping speech is detected
// per person. It knows nothing about the model or the floor.
import type { AudioFrame } from '@livekit/rtc-node';
import type { InferenceSession } from 'onnxruntime-node';
import { concatSamples, samplesToMs } from '../audio/pcm.js';
import { SileroStream } from '../audio/vad/silero.js';
import { SpeechSegmenter, type VadSettings } from '../audio/vad/speech-segmenter.js';
import type { Logger } from '../telemetry/log.js';
import type { ParticipantInfo } from '../tools/context.js';
import { TypedEmitter } from '../typed-emitter.js';
import type { SpeakerRef } from './agent-events.js';

export interface SpeakerEvents {
  speech_started: { atMs: number };
  speech_stopped: { atMs: number };
  /** Their audio ended (track gone, or they left). */
  ended: undefined;
}

export interface SpeakerOptions {
  /** Rate of the frames that arrive, and of the samples routed on. */
  sampleRate: number;
  /** Detect this person's speech in the relay (for a model session that does not hear them live). */
  vad?: { model: InferenceSession; settings: VadSettings };
  logger: Logger;
}

/** Where a speaker's samples go. */
export type AudioRoute = (samples: Int16Array) => void;

/** Recent audio kept beyond the prefix padding, to cover the detector's own delay. */
const RECENT_EXTRA_MS = 600;

export class Speaker extends TypedEmitter<SpeakerEvents> {
  readonly ref: SpeakerRef;
  /** The participant as tools see them (raw display name, kind). */
  readonly participant: ParticipantInfo;
  /** Sid of the microphone track being heard. */
  readonly trackSid: string;
  readonly sampleRate: number;
  readonly #segmenter: SpeechSegmenter | undefined;
  readonly #logger: Logger;
  #route: AudioRoute | undefined;
  /** Recent chunks with the timeline ms at which each starts. */
  #recent: { atMs: number; samples: Int16Array }[] = [];
  readonly #keepMs: number;
  #timelineMs = 0;
  #ended = false;

  constructor(ref: SpeakerRef, participant: ParticipantInfo, trackSid: string, options: SpeakerOptions) {
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
  get speaking(): boolean {
    return this.#segmenter?.speaking ?? false;
  }

  get ended(): boolean {
    return this.#ended;
  }

  /** Sends every sample from now on to `route` (undefined: nowhere). */
  routeTo(route: AudioRoute | undefined): void {
    this.#route = route;
  }

  /** The recent audio from timeline ms `fromMs` on (the start of a turn, with its padding). */
  recentFrom(fromMs: number): Int16Array {
    const parts: Int16Array[] = [];
    for (const chunk of this.#recent) {
      const endMs = chunk.atMs + samplesToMs(chunk.samples.length, this.sampleRate);
      if (endMs <= fromMs) continue;
      const skip = Math.max(0, Math.round(((fromMs - chunk.atMs) * this.sampleRate) / 1000));
      parts.push(skip > 0 ? chunk.samples.subarray(skip) : chunk.samples);
    }
    return concatSamples(parts);
  }

  /** Consumes the microphone until it ends. */
  async listen(frames: AsyncIterable<AudioFrame>): Promise<void> {
    try {
      for await (const frame of frames) {
        const samples = await this.#take(frame.data);
        if (samples.length > 0) this.#route?.(samples);
      }
    } finally {
      this.#ended = true;
      this.emit('ended', undefined);
    }
  }

  /** Feeds one frame to memory and voice activity; returns it for routing. */
  async #take(samples: Int16Array): Promise<Int16Array> {
    const atMs = this.#timelineMs;
    this.#timelineMs += samplesToMs(samples.length, this.sampleRate);
    this.#recent.push({ atMs, samples });
    while (this.#recent.length > 1 && this.#recent[0]!.atMs < this.#timelineMs - this.#keepMs) {
      this.#recent.shift();
    }
    if (!this.#segmenter) return samples;
    // The frame is routed after the detector has seen it: a turn that starts here takes it from
    // `recentFrom`, and only frames after that go through the new route.
    const route = this.#route;
    try {
      for (const moment of await this.#segmenter.push(samples, this.sampleRate)) {
        if (moment.type === 'speech_started') this.emit('speech_started', { atMs: moment.audioStartMs });
        else this.emit('speech_stopped', { atMs: moment.audioEndMs });
      }
    } catch (error) {
      this.#logger.warn({ err: error }, 'voice activity detection failed on a frame');
    }
    return route === this.#route ? samples : new Int16Array(0);
  }
}
