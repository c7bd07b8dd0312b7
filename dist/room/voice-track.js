// One published audio track the agent speaks through: an rtc-node AudioSource at the model's own output
// rate (rtc-node resamples natively for the encoder, so no JavaScript resampling on the way out; a rate
// rtc-node cannot take exactly is converted here to 48 kHz, native-rate.ts). It is
// the room side of a relay `AudioSink`. A private track is heard only by the listener it is for (track
// subscription permissions, see track-permissions.ts).
import { AudioFrame, AudioSource, LocalAudioTrack, TrackPublishOptions, TrackSource, } from '@livekit/rtc-node';
import { RateConverter } from '../audio/rate-converter.js';
import { FrameworkError } from '../errors.js';
import { rtcNodeRate } from './native-rate.js';
/** How much speech the track queues ahead of playout (the rest waits in the relay's playout). */
const QUEUE_MS = 200;
export class VoiceTrack {
    sampleRate;
    #room;
    #source;
    #name;
    /** The source's rate: `sampleRate`, or 48 kHz when rtc-node cannot take `sampleRate` exactly. */
    #sourceRate;
    #converter;
    #publication;
    #publishing;
    constructor(room, sampleRate, name = 'agent-voice') {
        this.#room = room;
        this.sampleRate = sampleRate;
        this.#name = name;
        this.#sourceRate = rtcNodeRate(sampleRate);
        this.#converter = this.#sourceRate === sampleRate ? undefined : new RateConverter(this.#sourceRate);
        this.#source = new AudioSource(this.#sourceRate, 1, QUEUE_MS);
    }
    /** The published track's sid (after `publish`). */
    get sid() {
        return this.#publication?.sid;
    }
    /**
     * Publishes the track (once; later calls wait for the first); `permissions` and `listener` make it
     * private to that participant. A track never published is published by its first speech.
     */
    publish(privateTo) {
        this.#publishing ??= this.#publish(privateTo);
        return this.#publishing;
    }
    async #publish(privateTo) {
        const participant = this.#room.localParticipant;
        if (!participant) {
            throw new FrameworkError('ROOM_NOT_CONNECTED', 'the agent must be connected before it publishes audio');
        }
        // A private track is announced as private before it exists, so no one else can subscribe in between.
        privateTo?.permissions.reserve(privateTo.listener);
        const track = LocalAudioTrack.createAudioTrack(this.#name, this.#source);
        this.#publication = await participant.publishTrack(track, new TrackPublishOptions({ source: TrackSource.SOURCE_MICROPHONE }));
        if (privateTo && this.#publication.sid)
            privateTo.permissions.grant(privateTo.listener, this.#publication.sid);
    }
    async play(samples) {
        if (!this.#publication)
            await this.publish();
        const frame = this.#converter
            ? this.#converter.push({ samples, sampleRate: this.sampleRate, channels: 1 })
            : samples;
        if (frame.length === 0)
            return;
        await this.#source.captureFrame(new AudioFrame(frame, this.#sourceRate, 1, frame.length));
    }
    drained() {
        return this.#source.waitForPlayout();
    }
    queuedMs() {
        return this.#source.queuedDuration;
    }
    clear() {
        this.#source.clearQueue();
        this.#converter?.flush();
    }
    /** Stops the track; unpublishes it when the agent is still in the room. */
    async close() {
        const sid = this.#publication?.sid;
        const participant = this.#room.localParticipant;
        if (sid && participant && this.#room.isConnected) {
            await participant.unpublishTrack(sid).catch(() => undefined);
        }
        await this.#source.close();
    }
}
//# sourceMappingURL=voice-track.js.map