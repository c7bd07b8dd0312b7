import type { SpeakerRef } from './agent-events.js';
export declare const FLOOR_POLICIES: readonly ["open", "addressed", "first-speaker", "observer"];
export type FloorPolicyName = (typeof FLOOR_POLICIES)[number];
/** What to do with a finished turn. */
export type TurnDecision = {
    kind: 'answer';
    reason: string;
} | {
    kind: 'ignore';
    reason: string;
}
/** Answer in text only, so tools can run without a word spoken (observer with tools). */
 | {
    kind: 'observe';
    reason: string;
}
/** Decide again when the turn's transcript is known. */
 | {
    kind: 'await-transcript';
};
export declare class FloorPolicy {
    #private;
    /** `changed` is called after the policy (with who changed it) or the holder changes. */
    constructor(policy: FloorPolicyName, names: readonly string[], changed?: (by: string | undefined) => void);
    get policy(): FloorPolicyName;
    /** The person holding the conversation under `first-speaker`. */
    get holder(): SpeakerRef | undefined;
    set(policy: FloorPolicyName, by?: string): void;
    /** The holder left for good: the next person to take a turn holds the conversation. */
    release(identity: string): void;
    /** Whether `speaker` starting to talk cuts off the agent's answer (before their words are known). */
    interruptsOnSpeech(speaker: SpeakerRef): boolean;
    /** What to do with `speaker`'s finished turn; `transcript` once it is known. */
    decide(speaker: SpeakerRef | undefined, transcript: string | undefined): TurnDecision;
    /** Whether a partial transcript already settles an `addressed` turn (a name heard). */
    addressedSoFar(partial: string): boolean;
}
