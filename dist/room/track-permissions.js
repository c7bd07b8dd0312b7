import { FrameworkError } from '../errors.js';
function ffiClient() {
    const client = globalThis._ffiClientInstance;
    if (!client) {
        throw new FrameworkError('ROOM_NOT_CONNECTED', 'rtc-node has not started yet: connect the room before making tracks private');
    }
    return client;
}
/** The agent's private tracks: each listener may subscribe to its own and nothing else of the agent's. */
export class TrackPermissions {
    #participant;
    /** Listener identity → sids of the tracks they may hear. */
    #grants = new Map();
    constructor(participant) {
        this.#participant = participant;
    }
    /** Makes sure no one may subscribe to a track the agent is about to publish for `listener`. */
    reserve(listener) {
        if (!this.#grants.has(listener))
            this.#grants.set(listener, []);
        this.#apply();
    }
    /** Lets `listener` (and only them) subscribe to track `sid`. */
    grant(listener, sid) {
        this.#grants.set(listener, [...(this.#grants.get(listener) ?? []), sid]);
        this.#apply();
    }
    /** Forgets a listener's grants (their track is gone). */
    revoke(listener) {
        if (this.#grants.delete(listener))
            this.#apply();
    }
    #apply() {
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
//# sourceMappingURL=track-permissions.js.map