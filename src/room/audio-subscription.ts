// Subscribes an agent's room connection to audio only: every audio track published now or later, never
// video (connect with `autoSubscribe: false`, then call this). What the agent then hears is the intake's
// choice (src/room/intake.ts); this only keeps video off the wire.
import { type RemoteTrackPublication, type Room, RoomEvent, TrackKind } from '@livekit/rtc-node';

/** Subscribes to every audio publication; returns a function that stops following new ones. */
export function subscribeToAudio(room: Room): () => void {
  const subscribe = (publication: RemoteTrackPublication) => {
    if (publication.kind === TrackKind.KIND_AUDIO && !publication.subscribed) publication.setSubscribed(true);
  };
  const subscribeAll = () => {
    for (const participant of room.remoteParticipants.values()) {
      for (const publication of participant.trackPublications.values()) subscribe(publication);
    }
  };
  subscribeAll();
  room.on(RoomEvent.TrackPublished, subscribe);
  // After a full reconnect (the LiveKit server restarted) the tracks are known anew without TrackPublished.
  room.on(RoomEvent.Reconnected, subscribeAll);
  return () => {
    room.off(RoomEvent.TrackPublished, subscribe);
    room.off(RoomEvent.Reconnected, subscribeAll);
  };
}
