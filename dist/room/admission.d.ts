import { type RemoteParticipant } from '@livekit/rtc-node';
export type AdmittedKind = 'standard' | 'sip' | 'ingress' | 'egress' | 'agent' | 'connector' | 'bridge';
export interface AdmissionRule {
    kinds: readonly AdmittedKind[];
    identities?: readonly string[];
}
/** The rule when a definition says nothing: people, SIP callers and ingress streams. */
export declare const PEOPLE: AdmissionRule;
/** An identity pattern with the wildcards * and ? as an anchored regular expression. */
export declare function globToRegExp(pattern: string): RegExp;
/** Whether `identity` matches one of the patterns. */
export declare function matchesAny(patterns: readonly string[], identity: string): boolean;
/** Whether the rule admits a participant of this identity and kind (in a room, or told by the server). */
export declare function admitsIdentity(rule: AdmissionRule, identity: string, kind: AdmittedKind): boolean;
/** A predicate that admits the participants the rule names. */
export declare function admits(rule: AdmissionRule): (participant: RemoteParticipant) => boolean;
/** People in the room, whatever a definition admits: when none is left, the agent leaves. */
export declare const isHuman: (participant: RemoteParticipant) => boolean;
