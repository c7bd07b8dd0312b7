// Who may subscribe to the agent's private tracks: LiveKit track subscription permissions, enforced by
// the server (a participant without permission cannot subscribe at all). rtc-node 0.13 does not expose
// the call on LocalParticipant, but its FFI layer has it (SetTrackSubscriptionPermissionsRequest); this
// module is the one place that reaches for it, through the FFI client rtc-node keeps on globalThis.
import type { LocalParticipant } from '@livekit/rtc-node';
import { FrameworkError } from '../errors.js';

interface FfiRequester {
  request(request: {
    message: {
      case: 'setTrackSubscriptionPermissions';
      value: {
        localParticipantHandle: bigint;
        allParticipantsAllowed: boolean;
        permissions: { participantIdentity: string; allowAll: boolean; allowedTrackSids: string[] }[];
      };
    };
  }): unknown;
}

function ffiClient(): FfiRequester {
  const client = (globalThis as { _ffiClientInstance?: FfiRequester })._ffiClientInstance;
  if (!client) {
    throw new FrameworkError(
      'ROOM_NOT_CONNECTED',
      'rtc-node has not started yet: connect the room before making tracks private',
    );
  }
  return client;
}

/** The agent's private tracks: each listener may subscribe to its own and nothing else of the agent's. */
export class TrackPermissions {
  readonly #participant: LocalParticipant;
  /** Listener identity → sids of the tracks they may hear. */
  readonly #grants = new Map<string, string[]>();

  constructor(participant: LocalParticipant) {
    this.#participant = participant;
  }

  /** Makes sure no one may subscribe to a track the agent is about to publish for `listener`. */
  reserve(listener: string): void {
    if (!this.#grants.has(listener)) this.#grants.set(listener, []);
    this.#apply();
  }

  /** Lets `listener` (and only them) subscribe to track `sid`. */
  grant(listener: string, sid: string): void {
    this.#grants.set(listener, [...(this.#grants.get(listener) ?? []), sid]);
    this.#apply();
  }

  /** Forgets a listener's grants (their track is gone). */
  revoke(listener: string): void {
    if (this.#grants.delete(listener)) this.#apply();
  }

  #apply(): void {
    ffiClient().request({
      message: {
        case: 'setTrackSubscriptionPermissions',
        value: {
          localParticipantHandle: this.#participant.ffi_handle.handle,
          allParticipantsAllowed: false,
          permissions: [...this.#grants].map(([participantIdentity, sids]) => ({
            participantIdentity,
            allowAll: false,
            allowedTrackSids: sids,
          })),
        },
      },
    });
  }
}
