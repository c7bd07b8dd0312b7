// Which room participants an agent listens to: by participant kind (people and SIP callers by default,
// never recorders) and, optionally, by identity patterns with the wildcards * and ?.
import { ParticipantKind } from '@livekit/rtc-node';
/** The rule when a definition says nothing: people, SIP callers and ingress streams. */
export const PEOPLE = { kinds: ['standard', 'sip', 'ingress', 'connector'] };
const KIND_NAMES = {
    [ParticipantKind.STANDARD]: 'standard',
    [ParticipantKind.SIP]: 'sip',
    [ParticipantKind.INGRESS]: 'ingress',
    [ParticipantKind.EGRESS]: 'egress',
    [ParticipantKind.AGENT]: 'agent',
    [ParticipantKind.CONNECTOR]: 'connector',
    [ParticipantKind.BRIDGE]: 'bridge',
};
/** An identity pattern with the wildcards * and ? as an anchored regular expression. */
export function globToRegExp(pattern) {
    const source = [...pattern]
        .map((char) => (char === '*' ? '.*' : char === '?' ? '.' : char.replace(/[.+^${}()|[\]\\-]/g, '\\$&')))
        .join('');
    return new RegExp(`^${source}$`);
}
/** Whether `identity` matches one of the patterns. */
export function matchesAny(patterns, identity) {
    return patterns.some((pattern) => globToRegExp(pattern).test(identity));
}
/** Whether the rule admits a participant of this identity and kind (in a room, or told by the server). */
export function admitsIdentity(rule, identity, kind) {
    return (rule.kinds.includes(kind) && (rule.identities === undefined || matchesAny(rule.identities, identity)));
}
/** A predicate that admits the participants the rule names. */
export function admits(rule) {
    return (participant) => admitsIdentity(rule, participant.identity, KIND_NAMES[participant.info.kind ?? ParticipantKind.STANDARD]);
}
/** People in the room, whatever a definition admits: when none is left, the agent leaves. */
export const isHuman = admits(PEOPLE);
//# sourceMappingURL=admission.js.map