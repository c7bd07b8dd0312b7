import { type Room } from '@livekit/rtc-node';
import type { AudioSink } from '../relay/speech-output.js';
import type { TrackPermissions } from './track-permissions.js';
export declare class VoiceTrack implements AudioSink {
    #private;
    readonly sampleRate: number;
    constructor(room: Room, sampleRate: number, name?: string);
    /** The published track's sid (after `publish`). */
    get sid(): string | undefined;
    /**
     * Publishes the track (once; later calls wait for the first); `permissions` and `listener` make it
     * private to that participant. A track never published is published by its first speech.
     */
    publish(privateTo?: {
        permissions: TrackPermissions;
        listener: string;
    }): Promise<void>;
    play(samples: Int16Array): Promise<void>;
    drained(): Promise<void>;
    queuedMs(): number;
    clear(): void;
    /** Stops the track; unpublishes it when the agent is still in the room. */
    close(): Promise<void>;
}
