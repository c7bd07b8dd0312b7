import { type AudioFrame, type RemoteParticipant, type Room } from '@livekit/rtc-node';
import type { Logger } from '../telemetry/log.js';
export type SpeakerStreamHandler = (participant: RemoteParticipant, trackSid: string, frames: AsyncIterable<AudioFrame>) => Promise<void>;
export declare class ParticipantIntake {
    #private;
    constructor(room: Room, logger: Logger, options: {
        sampleRate: number;
        admits: (participant: RemoteParticipant) => boolean;
    }, onStream: SpeakerStreamHandler);
    /** Starts listening; tracks already subscribed are picked up too. */
    start(): void;
    close(): void;
}
