import type { Room } from '@livekit/rtc-node';
import type { Logger } from '../telemetry/log.js';
export declare const TRANSCRIPTION_TOPIC = "lk.transcription";
export declare const SEGMENT_ATTRIBUTE = "lk.segment_id";
export declare const TRACK_ATTRIBUTE = "lk.transcribed_track_id";
export declare const FINAL_ATTRIBUTE = "lk.transcription_final";
export interface TranscriptLine {
    /** The item the words belong to (one segment per item). */
    segmentId: string;
    /** The whole line so far. */
    text: string;
    final: boolean;
    /** The participant who spoke, or undefined for the agent itself. */
    speakerIdentity?: string;
    /** The audio track the words were heard on. */
    trackSid?: string;
    /** Only this participant receives the line. */
    to?: string;
}
export declare class RoomTranscripts {
    #private;
    constructor(room: Room, logger: Logger);
    publish(line: TranscriptLine): void;
    /** Resolves when everything queued so far has been sent (or has failed). */
    flushed(): Promise<void>;
}
