// Who the agent hears: people and SIP callers by default, never other agents; a definition can narrow
// it by kind and by identity patterns.
import { ParticipantKind, type RemoteParticipant } from '@livekit/rtc-node';
import { describe, expect, it } from 'vitest';
import { admits, isHuman } from '../../src/room/admission.js';

const participant = (identity: string, kind: ParticipantKind) =>
  ({ identity, info: { kind } }) as unknown as RemoteParticipant;

describe('admission', () => {
  it('hears people, callers and ingress streams, not agents or recorders', () => {
    expect(isHuman(participant('alice', ParticipantKind.STANDARD))).toBe(true);
    expect(isHuman(participant('+15550100', ParticipantKind.SIP))).toBe(true);
    expect(isHuman(participant('obs', ParticipantKind.INGRESS))).toBe(true);
    expect(isHuman(participant('agent-1', ParticipantKind.AGENT))).toBe(false);
    expect(isHuman(participant('recorder', ParticipantKind.EGRESS))).toBe(false);
  });

  it('follows the kinds and identity patterns of a definition', () => {
    const callersOnly = admits({ kinds: ['sip'], identities: ['sip_+44*', 'operator-?'] });
    expect(callersOnly(participant('sip_+447700900123', ParticipantKind.SIP))).toBe(true);
    expect(callersOnly(participant('operator-7', ParticipantKind.SIP))).toBe(true);
    expect(callersOnly(participant('operator-17', ParticipantKind.SIP))).toBe(false);
    expect(callersOnly(participant('sip_+15550100', ParticipantKind.SIP))).toBe(false);
    expect(callersOnly(participant('sip_+447700900123', ParticipantKind.STANDARD))).toBe(false);
    expect(
      admits({ kinds: ['standard'], identities: ['a.b'] })(participant('axb', ParticipantKind.STANDARD)),
    ).toBe(false);
  });
});
