import type { LocalParticipant } from '@livekit/rtc-node';
/** The agent's private tracks: each listener may subscribe to its own and nothing else of the agent's. */
export declare class TrackPermissions {
    #private;
    constructor(participant: LocalParticipant);
    /** Makes sure no one may subscribe to a track the agent is about to publish for `listener`. */
    reserve(listener: string): void;
    /** Lets `listener` (and only them) subscribe to track `sid`. */
    grant(listener: string, sid: string): void;
    /** Forgets a listener's grants (their track is gone). */
    revoke(listener: string): void;
}
