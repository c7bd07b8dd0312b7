import { type RemoteParticipant, Room } from '@livekit/rtc-node';
export interface HeardChunk {
    /** Milliseconds since the participant joined. */
    at: number;
    rmsDbfs: number;
    ms: number;
    /** Name of the track it came from. */
    track: string;
}
export declare class VoiceParticipant {
    #private;
    readonly room: Room;
    readonly heard: HeardChunk[];
    /** Every frame heard, for saving what the agent said. */
    readonly frames: Int16Array[];
    /** Tracks this participant was refused (no subscription permission), with the server's reason. */
    readonly refused: {
        trackSid: string;
        reason: string | undefined;
    }[];
    /** The microphone publishes 48 kHz mono, as browsers do, unless told otherwise (odd publishers). */
    constructor(microphone?: {
        sampleRate?: number;
        channels?: 1 | 2;
    });
    join(url: string, token: string): Promise<void>;
    /** Milliseconds since joining. */
    now(): number;
    /** Waits for a remote participant matching the predicate. */
    waitForParticipant(predicate: (p: RemoteParticipant) => boolean, timeoutMs?: number): Promise<RemoteParticipant>;
    /** Speaks the WAV into the room; resolves (with the time, ms since joining) once it has all played out. */
    speak(wavPath: string): Promise<number>;
    /**
     * Waits for the agent to finish speaking: until it has said something after `sinceMs` and then been
     * quiet for `quietMs`, or has said nothing for `giveUpMs` (at most `timeoutMs` in all). Returns the
     * loud ms heard after `sinceMs`.
     */
    untilAgentDone(options?: {
        sinceMs?: number;
        quietMs?: number;
        giveUpMs?: number;
        timeoutMs?: number;
    }): Promise<number>;
    /** Everything heard so far, as one 48 kHz mono run. */
    recording(): Int16Array;
    /** Milliseconds of heard audio louder than `thresholdDbfs` that arrived after `afterMs` (on `track`). */
    loudMsAfter(afterMs: number, thresholdDbfs?: number, track?: string): number;
    leave(): Promise<void>;
}
