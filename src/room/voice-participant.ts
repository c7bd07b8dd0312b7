// A person stand-in that is a real room participant (@livekit/rtc-node): joins with a token and publishes
// a microphone track, as a browser does, speaks WAV files into it at real-time pace, and records what it
// hears from agents (it asks for every agent audio track, and not for other people's microphones) with
// arrival times. The tests use it, and so does `pnpm talk`, to try an agent without a browser.
import {
  AudioSource,
  AudioStream,
  LocalAudioTrack,
  ParticipantKind,
  type RemoteParticipant,
  type RemoteTrack,
  type RemoteTrackPublication,
  Room,
  RoomEvent,
  TrackKind,
  TrackPublishOptions,
  TrackSource,
} from '@livekit/rtc-node';
import { concatSamples } from '../audio/pcm.js';
import { RateConverter } from '../audio/rate-converter.js';
import { readWav } from '../audio/wav.js';
import { rtcAudioFrame } from './rtc-frame.js';

const MIC_RATE = 48_000;
const MIC_QUEUE_MS = 1_000;

export interface HeardChunk {
  /** Milliseconds since the participant joined. */
  at: number;
  rmsDbfs: number;
  ms: number;
  /** Name of the track it came from. */
  track: string;
}

function rmsDbfs(samples: Int16Array): number {
  let sum = 0;
  for (const s of samples) sum += s * s;
  const rms = Math.sqrt(sum / Math.max(1, samples.length)) / 32768;
  return rms > 0 ? 20 * Math.log10(rms) : -120;
}

export class VoiceParticipant {
  readonly room = new Room();
  readonly heard: HeardChunk[] = [];
  /** Every frame heard, for saving what the agent said. */
  readonly frames: Int16Array[] = [];
  #joinedAt = 0;
  readonly #micRate: number;
  readonly #micChannels: number;
  readonly #microphone: AudioSource;

  /** The microphone publishes 48 kHz mono, as browsers do, unless told otherwise (odd publishers). */
  constructor(microphone: { sampleRate?: number; channels?: 1 | 2 } = {}) {
    this.#micRate = microphone.sampleRate ?? MIC_RATE;
    this.#micChannels = microphone.channels ?? 1;
    // A second of queue (rtc-node's default): the native source paces the WAV out, so a busy process
    // does not put gaps into the speech that a turn detector would take for pauses.
    this.#microphone = new AudioSource(this.#micRate, this.#micChannels, MIC_QUEUE_MS);
  }

  async join(url: string, token: string): Promise<void> {
    this.room.on(RoomEvent.TrackSubscribed, (track: RemoteTrack, publication) => {
      if (track.kind === TrackKind.KIND_AUDIO) void this.#record(track, publication.name ?? track.sid ?? '');
    });
    this.room.on(RoomEvent.TrackPublished, (publication, participant) =>
      this.#listenTo(publication, participant),
    );
    this.room.on(RoomEvent.ParticipantConnected, (participant) => this.#listenToAll(participant));
    // After a full reconnect (the server restarted) the agent's track is known anew, without TrackPublished.
    this.room.on(RoomEvent.Reconnected, () => {
      for (const participant of this.room.remoteParticipants.values()) this.#listenToAll(participant);
    });
    await this.room.connect(url, token, { autoSubscribe: false, dynacast: false });
    for (const participant of this.room.remoteParticipants.values()) this.#listenToAll(participant);
    this.#joinedAt = performance.now();
    const track = LocalAudioTrack.createAudioTrack('microphone', this.#microphone);
    await this.room.localParticipant!.publishTrack(
      track,
      new TrackPublishOptions({ source: TrackSource.SOURCE_MICROPHONE }),
    );
  }

  /** Milliseconds since joining. */
  now(): number {
    return performance.now() - this.#joinedAt;
  }

  /** Waits for a remote participant matching the predicate. */
  waitForParticipant(
    predicate: (p: RemoteParticipant) => boolean,
    timeoutMs = 60_000,
  ): Promise<RemoteParticipant> {
    const found = [...this.room.remoteParticipants.values()].find(predicate);
    if (found) return Promise.resolve(found);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no matching participant joined in time')), timeoutMs);
      const onJoin = (participant: RemoteParticipant) => {
        if (!predicate(participant)) return;
        clearTimeout(timer);
        this.room.off(RoomEvent.ParticipantConnected, onJoin);
        resolve(participant);
      };
      this.room.on(RoomEvent.ParticipantConnected, onJoin);
    });
  }

  /** Speaks the WAV into the room; resolves (with the time, ms since joining) once it has all played out. */
  async speak(wavPath: string): Promise<number> {
    const rate = this.#micRate;
    const channels = this.#micChannels;
    const wav = await readWav(wavPath);
    let samples: Int16Array;
    if (wav.sampleRate === rate && wav.channels === channels) samples = wav.samples;
    else {
      const converter = new RateConverter(rate);
      const mono = concatSamples([converter.push(wav), converter.flush()]);
      samples = channels === 1 ? mono : Int16Array.from({ length: mono.length * 2 }, (_, i) => mono[i >> 1]!);
    }
    const perFrame = rate / 100;
    const step = perFrame * channels;
    for (let offset = 0; offset + step <= samples.length; offset += step) {
      await this.#microphone.captureFrame(
        rtcAudioFrame(samples.subarray(offset, offset + step), rate, channels),
      );
    }
    await this.#microphone.waitForPlayout();
    return this.now();
  }

  /**
   * Waits for the agent to finish speaking: until it has said something after `sinceMs` and then been
   * quiet for `quietMs`, or has said nothing for `giveUpMs` (at most `timeoutMs` in all). Returns the
   * loud ms heard after `sinceMs`.
   */
  async untilAgentDone(
    options: { sinceMs?: number; quietMs?: number; giveUpMs?: number; timeoutMs?: number } = {},
  ): Promise<number> {
    const { sinceMs = this.now(), quietMs = 1_000, giveUpMs = 3_000, timeoutMs = 60_000 } = options;
    while (this.now() - sinceMs < timeoutMs) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      const heard = this.loudMsAfter(sinceMs);
      if (heard === 0 && this.now() - sinceMs > giveUpMs) return 0;
      if (heard > 0 && this.now() - sinceMs > quietMs && this.loudMsAfter(this.now() - quietMs) === 0)
        return heard;
    }
    return this.loudMsAfter(sinceMs);
  }

  /** Everything heard so far, as one 48 kHz mono run. */
  recording(): Int16Array {
    return concatSamples(this.frames);
  }

  /** Milliseconds of heard audio louder than `thresholdDbfs` that arrived after `afterMs` (on `track`). */
  loudMsAfter(afterMs: number, thresholdDbfs = -40, track?: string): number {
    let loudMs = 0;
    for (let i = this.#firstHeardAfter(afterMs); i < this.heard.length; i++) {
      const chunk = this.heard[i]!;
      if (chunk.rmsDbfs > thresholdDbfs && (track === undefined || chunk.track === track)) loudMs += chunk.ms;
    }
    return loudMs;
  }

  /**
   * Index of the first chunk heard after `ms`. Chunks are kept in the order they arrived, so a binary
   * search: a long conversation's history is not scanned every time a test polls for the agent.
   */
  #firstHeardAfter(ms: number): number {
    let low = 0;
    let high = this.heard.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (this.heard[middle]!.at > ms) high = middle;
      else low = middle + 1;
    }
    return low;
  }

  async leave(): Promise<void> {
    await this.#microphone.close();
    await this.room.disconnect();
  }

  #listenToAll(participant: RemoteParticipant): void {
    for (const publication of participant.trackPublications.values())
      this.#listenTo(publication, participant);
  }

  /** Asks for an agent's audio track (people's microphones are not listened to). */
  #listenTo(publication: RemoteTrackPublication, participant: RemoteParticipant): void {
    if (participant.info.kind !== ParticipantKind.AGENT || publication.kind !== TrackKind.KIND_AUDIO) return;
    publication.setSubscribed(true);
  }

  async #record(track: RemoteTrack, name: string): Promise<void> {
    const stream = new AudioStream(track, { sampleRate: 48_000, numChannels: 1 });
    for await (const frame of stream) {
      this.frames.push(frame.data);
      this.heard.push({
        at: this.now(),
        rmsDbfs: rmsDbfs(frame.data),
        ms: (frame.samplesPerChannel * 1000) / frame.sampleRate,
        track: name,
      });
    }
  }
}
