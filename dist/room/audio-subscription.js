// Subscribes an agent's room connection to audio only: every audio track published now or later, never
// video (connect with `autoSubscribe: false`, then call this). What the agent then hears is the intake's
// choice (src/room/intake.ts); this only keeps video off the wire.
import { RoomEvent, TrackKind } from '@livekit/rtc-node';
/** Subscribes to every audio publication; returns a function that stops following new ones. */
export function subscribeToAudio(room) {
    const subscribe = (publication) => {
        if (publication.kind === TrackKind.KIND_AUDIO && !publication.subscribed)
            publication.setSubscribed(true);
    };
    for (const participant of room.remoteParticipants.values()) {
        for (const publication of participant.trackPublications.values())
            subscribe(publication);
    }
    room.on(RoomEvent.TrackPublished, subscribe);
    return () => room.off(RoomEvent.TrackPublished, subscribe);
}
//# sourceMappingURL=audio-subscription.js.map