// Per-participant audio intake: subscribes to the microphone of every participant the agent hears and hands
// each one's audio to a consumer as a stream of mono frames at the rate the consumer asks for (rtc-node
// converts rate and channels natively; a rate it cannot give exactly is converted here, native-rate.ts),
// ending when the track goes away.
import {
  type AudioFrame,
  AudioStream,
  type RemoteParticipant,
  type RemoteTrack,
  type RemoteTrackPublication,
  type Room,
  RoomEvent,
  TrackKind,
  TrackSource,
} from '@livekit/rtc-node';
import type { Logger } from '../telemetry/log.js';
import { framesAt, rtcNodeRate } from './native-rate.js';

/**
 * Frames of 20 ms rather than WebRTC's 10 ms: half the events across rtc-node's native boundary per
 * person, for at most 10 ms more before a frame reaches the model.
 */
const FRAME_MS = 20;

export type SpeakerStreamHandler = (
  participant: RemoteParticipant,
  trackSid: string,
  frames: AsyncIterable<AudioFrame>,
) => Promise<void>;

export class ParticipantIntake {
  readonly #room: Room;
  readonly #logger: Logger;
  readonly #onStream: SpeakerStreamHandler;
  readonly #admits: (participant: RemoteParticipant) => boolean;
  readonly #streams = new Map<string, AudioStream>();
  readonly #sampleRate: number;

  constructor(
    room: Room,
    logger: Logger,
    options: { sampleRate: number; admits: (participant: RemoteParticipant) => boolean },
    onStream: SpeakerStreamHandler,
  ) {
    const { admits, sampleRate } = options;
    this.#sampleRate = sampleRate;
    this.#room = room;
    this.#logger = logger;
    this.#admits = admits;
    this.#onStream = onStream;
  }

  /** Starts listening; tracks already subscribed are picked up too. */
  start(): void {
    this.#room.on(RoomEvent.TrackSubscribed, this.#onTrackSubscribed);
    this.#room.on(RoomEvent.TrackUnsubscribed, this.#onTrackUnsubscribed);
    for (const participant of this.#room.remoteParticipants.values()) {
      for (const publication of participant.trackPublications.values()) {
        if (publication.track) this.#onTrackSubscribed(publication.track, publication, participant);
      }
    }
  }

  close(): void {
    this.#room.off(RoomEvent.TrackSubscribed, this.#onTrackSubscribed);
    this.#room.off(RoomEvent.TrackUnsubscribed, this.#onTrackUnsubscribed);
    for (const stream of this.#streams.values()) void stream.cancel().catch(() => undefined);
    this.#streams.clear();
  }

  #onTrackSubscribed = (
    track: RemoteTrack,
    publication: RemoteTrackPublication,
    participant: RemoteParticipant,
  ) => {
    if (track.kind !== TrackKind.KIND_AUDIO || publication.source !== TrackSource.SOURCE_MICROPHONE) return;
    if (!this.#admits(participant) || !publication.sid || this.#streams.has(publication.sid)) return;

    const nativeRate = rtcNodeRate(this.#sampleRate);
    const stream = new AudioStream(track, { sampleRate: nativeRate, numChannels: 1, frameSizeMs: FRAME_MS });
    this.#streams.set(publication.sid, stream);
    const logger = this.#logger.child({ participant: participant.identity, track: publication.sid });
    logger.info('listening to microphone');
    const frames = nativeRate === this.#sampleRate ? stream : framesAt(stream, this.#sampleRate);
    this.#onStream(participant, publication.sid, frames)
      .catch((error: unknown) => logger.error({ err: error }, 'audio stream consumer failed'))
      .finally(() => this.#streams.delete(publication.sid!));
  };

  #onTrackUnsubscribed = (_track: RemoteTrack, publication: RemoteTrackPublication) => {
    const stream = publication.sid ? this.#streams.get(publication.sid) : undefined;
    if (!stream) return;
    this.#streams.delete(publication.sid!);
    void stream.cancel().catch(() => undefined);
  };
}
