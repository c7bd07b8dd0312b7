// One published audio track the agent speaks through: an rtc-node AudioSource at the model's own output
// rate (rtc-node resamples natively for the encoder, so no JavaScript resampling on the way out; a rate
// rtc-node cannot take exactly is converted here to 48 kHz, native-rate.ts). It is the room side of a
// relay `AudioSink`. Its first speech waits for its first listener. A private track is heard only by the
// listener it is for (track subscription permissions, see track-permissions.ts).
import {
  AudioSource,
  LocalAudioTrack,
  type LocalTrackPublication,
  type Room,
  TrackPublishOptions,
  TrackSource,
} from '@livekit/rtc-node';
import { RateConverter } from '../audio/rate-converter.js';
import { FrameworkError } from '../errors.js';
import type { AudioSink } from '../relay/speech-output.js';
import { rtcNodeRate } from './native-rate.js';
import { rtcAudioFrame } from './rtc-frame.js';
import type { TrackPermissions } from './track-permissions.js';

/** How much speech the track queues ahead of playout (the rest waits in the relay's playout). */
const QUEUE_MS = 200;
/**
 * How long the track's first speech waits for a participant to subscribe before it plays anyway (a room
 * may have nobody listening). A new track reaches listeners some 250 ms after it is published (rtc-node
 * debounces the publisher's negotiation by 150 ms, then the server announces it and the listener
 * subscribes); what it plays before that is lost, so a greeting would lose its first words.
 */
const FIRST_LISTENER_WAIT_MS = 2_000;

export class VoiceTrack implements AudioSink {
  readonly sampleRate: number;
  readonly #room: Room;
  readonly #source: AudioSource;
  readonly #name: string;
  /** The source's rate: `sampleRate`, or 48 kHz when rtc-node cannot take `sampleRate` exactly. */
  readonly #sourceRate: number;
  readonly #converter: RateConverter | undefined;
  #publication: LocalTrackPublication | undefined;
  #publishing: Promise<void> | undefined;
  /** The length of the frame whose capture is pending (0 when none is). */
  #capturingMs = 0;
  /** Settles once a participant first subscribed to the track, or FIRST_LISTENER_WAIT_MS after publishing. */
  #firstListener: Promise<void> | undefined;
  #listenedTo = false;
  /** A frame waits for the first listener (it is not in rtc-node's queue yet). */
  #holding = false;
  /** Counts `clear` calls, so a frame held across one is dropped. */
  #clears = 0;

  constructor(room: Room, sampleRate: number, name = 'agent-voice') {
    this.#room = room;
    this.sampleRate = sampleRate;
    this.#name = name;
    this.#sourceRate = rtcNodeRate(sampleRate);
    this.#converter = this.#sourceRate === sampleRate ? undefined : new RateConverter(this.#sourceRate);
    this.#source = new AudioSource(this.#sourceRate, 1, QUEUE_MS);
  }

  /** The published track's sid (after `publish`). */
  get sid(): string | undefined {
    return this.#publication?.sid;
  }

  /**
   * Publishes the track (once; later calls wait for the first); `permissions` and `listener` make it
   * private to that participant. A track never published is published by its first speech.
   */
  publish(privateTo?: { permissions: TrackPermissions; listener: string }): Promise<void> {
    this.#publishing ??= this.#publish(privateTo);
    return this.#publishing;
  }

  async #publish(privateTo?: { permissions: TrackPermissions; listener: string }): Promise<void> {
    const participant = this.#room.localParticipant;
    if (!participant) {
      throw new FrameworkError('ROOM_NOT_CONNECTED', 'the agent must be connected before it publishes audio');
    }
    // A private track is announced as private before it exists, so no one else can subscribe in between.
    privateTo?.permissions.reserve(privateTo.listener);
    const track = LocalAudioTrack.createAudioTrack(this.#name, this.#source);
    try {
      this.#publication = await participant.publishTrack(
        track,
        new TrackPublishOptions({ source: TrackSource.SOURCE_MICROPHONE }),
      );
    } catch (error) {
      // LiveKit's own words say what happened; a token without canPublish gets no answer (a timeout).
      throw new FrameworkError(
        'VOICE_TRACK_REFUSED',
        `could not publish the agent's voice track ${this.#name} (does its token grant canPublish?): ${error instanceof Error ? error.message : String(error)}`,
        { cause: error },
      );
    }
    if (privateTo && this.#publication.sid)
      privateTo.permissions.grant(privateTo.listener, this.#publication.sid);
    let timer: NodeJS.Timeout | undefined;
    const waited = new Promise<void>((resolve) => {
      timer = setTimeout(resolve, FIRST_LISTENER_WAIT_MS);
      timer.unref();
    });
    this.#firstListener = Promise.race([this.#publication.waitForSubscription(), waited]).then(() => {
      clearTimeout(timer);
      this.#listenedTo = true;
    });
  }

  async play(samples: Int16Array): Promise<void> {
    const frame = this.#converter
      ? this.#converter.push({ samples, sampleRate: this.sampleRate, channels: 1 })
      : samples;
    if (frame.length === 0) return;
    this.#capturingMs = (frame.length * 1000) / this.#sourceRate;
    try {
      // Until the first listener, a frame waits (for the publication too, when this is the first speech);
      // a clear meanwhile drops it.
      if (!this.#listenedTo) {
        const clears = this.#clears;
        this.#holding = true;
        if (!this.#publication) await this.publish();
        await this.#firstListener;
        this.#holding = false;
        if (clears !== this.#clears) return;
      }
      await this.#source.captureFrame(rtcAudioFrame(frame, this.#sourceRate));
    } finally {
      this.#capturingMs = 0;
      this.#holding = false;
    }
  }

  drained(): Promise<void> {
    return this.#source.waitForPlayout();
  }

  /**
   * What `clear` would drop now. rtc-node queues a captured frame at once and holds the capture until its
   * queue is back down to QUEUE_MS, so while a capture is pending the queue holds between QUEUE_MS and
   * QUEUE_MS plus that frame, the frame included: the middle is right to within half a frame. Otherwise
   * rtc-node's own figure, a wall-clock model of a queue that plays in real time. A frame held for the
   * first listener is all there is.
   */
  queuedMs(): number {
    if (this.#holding) return this.#capturingMs;
    return this.#capturingMs > 0 ? QUEUE_MS + this.#capturingMs / 2 : this.#source.queuedDuration;
  }

  clear(): void {
    this.#clears++;
    this.#source.clearQueue();
    this.#converter?.flush();
  }

  /** Stops the track; unpublishes it (once a publication under way is done) when the agent is still in the room. */
  async close(): Promise<void> {
    await this.#publishing?.catch(() => undefined);
    const sid = this.#publication?.sid;
    const participant = this.#room.localParticipant;
    if (sid && participant && this.#room.isConnected) {
      await participant.unpublishTrack(sid).catch(() => undefined);
    }
    await this.#source.close();
  }
}
