// Which room participants an agent listens to: people (browsers, SIP callers, ingress streams), never
// other agents or recorders.
import { ParticipantKind, type RemoteParticipant } from '@livekit/rtc-node';

const HEARD_KINDS = new Set<ParticipantKind>([
  ParticipantKind.STANDARD,
  ParticipantKind.SIP,
  ParticipantKind.INGRESS,
  ParticipantKind.CONNECTOR,
]);

export function isHuman(participant: RemoteParticipant): boolean {
  return HEARD_KINDS.has(participant.info.kind ?? ParticipantKind.STANDARD);
}
