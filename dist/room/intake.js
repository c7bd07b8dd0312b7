// Per-participant audio intake: subscribes to the microphone of every participant the agent hears and hands
// each one's audio to a consumer as a stream of mono frames at the rate the consumer asks for (rtc-node
// converts rate and channels natively; a rate it cannot give exactly is converted here, native-rate.ts),
// ending when the track goes away.
import { AudioStream, RoomEvent, TrackKind, TrackSource, } from '@livekit/rtc-node';
import { framesAt, rtcNodeRate } from './native-rate.js';
export class ParticipantIntake {
    #room;
    #logger;
    #onStream;
    #admits;
    #streams = new Map();
    #sampleRate;
    constructor(room, logger, options, onStream) {
        const { admits, sampleRate } = options;
        this.#sampleRate = sampleRate;
        this.#room = room;
        this.#logger = logger;
        this.#admits = admits;
        this.#onStream = onStream;
    }
    /** Starts listening; tracks already subscribed are picked up too. */
    start() {
        this.#room.on(RoomEvent.TrackSubscribed, this.#onTrackSubscribed);
        this.#room.on(RoomEvent.TrackUnsubscribed, this.#onTrackUnsubscribed);
        for (const participant of this.#room.remoteParticipants.values()) {
            for (const publication of participant.trackPublications.values()) {
                if (publication.track)
                    this.#onTrackSubscribed(publication.track, publication, participant);
            }
        }
    }
    close() {
        this.#room.off(RoomEvent.TrackSubscribed, this.#onTrackSubscribed);
        this.#room.off(RoomEvent.TrackUnsubscribed, this.#onTrackUnsubscribed);
        for (const stream of this.#streams.values())
            void stream.cancel().catch(() => undefined);
        this.#streams.clear();
    }
    #onTrackSubscribed = (track, publication, participant) => {
        if (track.kind !== TrackKind.KIND_AUDIO || publication.source !== TrackSource.SOURCE_MICROPHONE)
            return;
        if (!this.#admits(participant) || !publication.sid || this.#streams.has(publication.sid))
            return;
        const nativeRate = rtcNodeRate(this.#sampleRate);
        const stream = new AudioStream(track, { sampleRate: nativeRate, numChannels: 1 });
        this.#streams.set(publication.sid, stream);
        const logger = this.#logger.child({ participant: participant.identity, track: publication.sid });
        logger.info('listening to microphone');
        const frames = nativeRate === this.#sampleRate ? stream : framesAt(stream, this.#sampleRate);
        this.#onStream(participant, publication.sid, frames)
            .catch((error) => logger.error({ err: error }, 'audio stream consumer failed'))
            .finally(() => this.#streams.delete(publication.sid));
    };
    #onTrackUnsubscribed = (_track, publication) => {
        const stream = publication.sid ? this.#streams.get(publication.sid) : undefined;
        if (!stream)
            return;
        this.#streams.delete(publication.sid);
        void stream.cancel().catch(() => undefined);
    };
}
//# sourceMappingURL=intake.js.map