import type { BenchLiveKit } from './bench-livekit.js';
import { type AgentRole } from './bench-roles.js';
import type { AgentFleet } from './fleets.js';
import { Listener, Talker } from './room-participants.js';
import type { SpokenClip } from './speech-source.js';
export interface TurnTiming {
    /** When the speech ended on the wire (performance.now()). */
    speechEndAt: number;
    /** When the listener heard the answer's first loud frame (NaN when no answer came in time). */
    heardAt: number;
    /** When the listener saw `lk.agent.state` become speaking for this answer (NaN if it did not). */
    speakingStateAt: number;
}
export declare class BenchRoom {
    #private;
    readonly name: string;
    readonly talkers: Talker[];
    readonly listener: Listener;
    private constructor();
    /** Creates `name` with `talkers` talkers (talker-1, talker-2, …) and a listener in it. */
    static open(livekit: BenchLiveKit, name: string, talkers?: number): Promise<BenchRoom>;
    /** One turn: `talker` says `clip` once the agent is quiet; resolves after the answer has played. */
    turn(clip: SpokenClip, talker?: number, timeoutMs?: number): Promise<TurnTiming>;
    close(): Promise<void>;
}
/** Opens `name` with its people, places `fleet`'s agent with `role` in it and waits until it is heard. */
export declare function openAgentRoom(livekit: BenchLiveKit, fleet: AgentFleet, name: string, options: {
    role: AgentRole;
    talkers?: number;
    joinTimeoutMs?: number;
}): Promise<BenchRoom>;
/** Takes the agent out of the room, then closes it. */
export declare function closeAgentRoom(fleet: AgentFleet, room: BenchRoom): Promise<void>;
