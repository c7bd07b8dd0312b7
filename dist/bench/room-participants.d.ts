import { Room } from '@livekit/rtc-node';
import type { SpokenClip } from './speech-source.js';
export declare class Talker {
    #private;
    readonly room: Room;
    readonly identity: string;
    constructor(identity: string);
    join(url: string, token: string): Promise<void>;
    /**
     * Says the clip at real-time pace; resolves once it is all queued, with the time its speech ended on
     * the wire (when the frame holding the end left the source: capture time plus what was queued ahead).
     * Between clips the source sends silence by itself.
     */
    say(clip: SpokenClip): Promise<number>;
    leave(): Promise<void>;
}
/** Hears the agents in the room (participants of kind agent) and nobody else. */
export declare class Listener {
    #private;
    readonly room: Room;
    readonly identity: string;
    constructor(identity: string);
    join(url: string, token: string): Promise<void>;
    /** Resolves once an agent's voice track is heard (subscribed), or rejects after `timeoutMs`. */
    agentTrack(timeoutMs: number): Promise<void>;
    /** When the agent's `lk.agent.state` first became `state` after `after` (NaN if it has not). */
    stateAt(state: string, after: number): number;
    /** Resolves with the time of the first loud agent frame heard after `after`, or NaN after `timeoutMs`. */
    heardAfter(after: number, timeoutMs: number): Promise<number>;
    /** Resolves once the agent has been quiet for `quietMs` (at most `timeoutMs`). */
    quiet(quietMs: number, timeoutMs?: number): Promise<void>;
    leave(): Promise<void>;
}
