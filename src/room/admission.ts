// Which room participants an agent listens to: by participant kind (people and SIP callers by default,
// never recorders) and, optionally, by identity patterns with the wildcards * and ?.
import { ParticipantKind, type RemoteParticipant } from '@livekit/rtc-node';
import { matchesAny } from '../definition/glob.js';

export type AdmittedKind = 'standard' | 'sip' | 'ingress' | 'egress' | 'agent' | 'connector' | 'bridge';

export interface AdmissionRule {
  kinds: readonly AdmittedKind[];
  identities?: readonly string[];
}

/** The rule when a definition says nothing: people, SIP callers and ingress streams. */
export const PEOPLE: AdmissionRule = { kinds: ['standard', 'sip', 'ingress', 'connector'] };

const KIND_NAMES: Record<ParticipantKind, AdmittedKind> = {
  [ParticipantKind.STANDARD]: 'standard',
  [ParticipantKind.SIP]: 'sip',
  [ParticipantKind.INGRESS]: 'ingress',
  [ParticipantKind.EGRESS]: 'egress',
  [ParticipantKind.AGENT]: 'agent',
  [ParticipantKind.CONNECTOR]: 'connector',
  [ParticipantKind.BRIDGE]: 'bridge',
};

/** Whether the rule admits a participant of this identity and kind (in a room, or told by the server). */
export function admitsIdentity(rule: AdmissionRule, identity: string, kind: AdmittedKind): boolean {
  return (
    rule.kinds.includes(kind) && (rule.identities === undefined || matchesAny(rule.identities, identity))
  );
}

/** A predicate that admits the participants the rule names. */
export function admits(rule: AdmissionRule): (participant: RemoteParticipant) => boolean {
  return (participant) =>
    admitsIdentity(rule, participant.identity, KIND_NAMES[participant.info.kind ?? ParticipantKind.STANDARD]);
}

/** People in the room, whatever a definition admits: when none is left, the agent leaves. */
export const isHuman = admits(PEOPLE);
