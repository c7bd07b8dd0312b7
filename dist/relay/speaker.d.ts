import type { AudioFrame } from '@livekit/rtc-node';
import type { InferenceSession } from 'onnxruntime-node';
import { type VadSettings } from '../audio/vad/speech-segmenter.js';
import type { Logger } from '../telemetry/log.js';
import type { ParticipantInfo } from '../tools/context.js';
import { TypedEmitter } from '../typed-emitter.js';
import type { SpeakerRef } from './agent-events.js';
export interface SpeakerEvents {
    speech_started: {
        atMs: number;
    };
    speech_stopped: {
        atMs: number;
    };
    /** Their audio ended (track gone, or they left). */
    ended: undefined;
}
export interface SpeakerOptions {
    /** Rate of the frames that arrive, and of the samples routed on. */
    sampleRate: number;
    /** Detect this person's speech in the relay (for a model session that does not hear them live). */
    vad?: {
        model: InferenceSession;
        settings: VadSettings;
    };
    logger: Logger;
}
/** Where a speaker's samples go. */
export type AudioRoute = (samples: Int16Array) => void;
export declare class Speaker extends TypedEmitter<SpeakerEvents> {
    #private;
    readonly ref: SpeakerRef;
    /** The participant as tools see them (raw display name, kind). */
    readonly participant: ParticipantInfo;
    /** Sid of the microphone track being heard. */
    readonly trackSid: string;
    readonly sampleRate: number;
    constructor(ref: SpeakerRef, participant: ParticipantInfo, trackSid: string, options: SpeakerOptions);
    /** Whether the relay's own voice activity detector hears this person talking now. */
    get speaking(): boolean;
    get ended(): boolean;
    /** Sends every sample from now on to `route` (undefined: nowhere). */
    routeTo(route: AudioRoute | undefined): void;
    /** The recent audio from timeline ms `fromMs` on (the start of a turn, with its padding). */
    recentFrom(fromMs: number): Int16Array;
    /** Consumes the microphone until it ends. */
    listen(frames: AsyncIterable<AudioFrame>): Promise<void>;
}
