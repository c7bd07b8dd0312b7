// The people in a bench room, as real rtc-node participants: a talker who says a clip into a microphone
// track and knows when its speech ended on the wire (from the clip, and what the source still held), and
// a listener who hears only the agent and timestamps the first loud frame of each answer. Times are
// performance.now() of this process, so they compare directly.
import {
  AudioSource,
  AudioStream,
  LocalAudioTrack,
  ParticipantKind,
  type RemoteTrack,
  type RemoteTrackPublication,
  Room,
  RoomEvent,
  TrackKind,
  TrackPublishOptions,
  TrackSource,
} from '@livekit/rtc-node';
import { ROOM_RATE } from '../audio/pcm.js';
import { AGENT_STATE_ATTRIBUTE } from '../room/agent-state.js';
import { rtcAudioFrame } from '../room/rtc-frame.js';
import type { SpokenClip } from './speech-source.js';

const FRAME_MS = 20;
const FRAME_SAMPLES = (ROOM_RATE * FRAME_MS) / 1000;
/** Audio the talker's source queues ahead of the wire, ms. */
const MIC_QUEUE_MS = 100;
/** A listener's frame louder than this (dBFS) is answer audio. */
const LOUD_DBFS = -45;
/** Loud frames remembered (about 30 s of answers). */
const LOUD_KEPT = 3_000;

function levelDbfs(samples: Int16Array): number {
  let sum = 0;
  for (let i = 0; i < samples.length; i++) sum += samples[i]! * samples[i]!;
  const rms = Math.sqrt(sum / Math.max(1, samples.length)) / 32768;
  return rms > 0 ? 20 * Math.log10(rms) : -120;
}

export class Talker {
  readonly room = new Room();
  readonly identity: string;
  readonly #microphone = new AudioSource(ROOM_RATE, 1, MIC_QUEUE_MS);

  constructor(identity: string) {
    this.identity = identity;
  }

  async join(url: string, token: string): Promise<void> {
    await this.room.connect(url, token, { autoSubscribe: false, dynacast: false });
    await this.room.localParticipant!.publishTrack(
      LocalAudioTrack.createAudioTrack('microphone', this.#microphone),
      new TrackPublishOptions({ source: TrackSource.SOURCE_MICROPHONE }),
    );
  }

  /**
   * Says the clip at real-time pace; resolves once it is all queued, with the time its speech ended on
   * the wire (when the frame holding the end left the source: capture time plus what was queued ahead).
   * Between clips the source sends silence by itself.
   */
  async say(clip: SpokenClip): Promise<number> {
    let speechEndAt = Number.NaN;
    for (let offset = 0; offset + FRAME_SAMPLES <= clip.samples.length; offset += FRAME_SAMPLES) {
      const frameStartMs = (offset * 1000) / ROOM_RATE;
      const playsAt = performance.now() + this.#microphone.queuedDuration;
      if (frameStartMs <= clip.speechEndMs && clip.speechEndMs <= frameStartMs + FRAME_MS)
        speechEndAt = playsAt + (clip.speechEndMs - frameStartMs);
      await this.#microphone.captureFrame(
        rtcAudioFrame(clip.samples.subarray(offset, offset + FRAME_SAMPLES), ROOM_RATE),
      );
    }
    return speechEndAt;
  }

  async leave(): Promise<void> {
    await this.#microphone.close();
    await this.room.disconnect();
  }
}

interface Waiter {
  after: number;
  resolve(at: number): void;
}

/** Hears the agents in the room (participants of kind agent) and nobody else. */
export class Listener {
  readonly room = new Room();
  readonly identity: string;
  #lastLoudAt = Number.NEGATIVE_INFINITY;
  /** When recent loud frames arrived (the last LOUD_KEPT), so a wait that starts late misses none. */
  readonly #loud: number[] = [];
  #waiters: Waiter[] = [];
  readonly #streams: AudioStream[] = [];
  /** The agent's `lk.agent.state` changes as they reached this participant. */
  readonly #states: { at: number; state: string }[] = [];
  #trackArrived: (() => void) | undefined;
  readonly #track = new Promise<void>((resolve) => {
    this.#trackArrived = resolve;
  });
  /** When an agent was first seen in the room, and its voice first subscribed (NaN until then). */
  agentJoinedAt = Number.NaN;
  agentTrackAt = Number.NaN;

  constructor(identity: string) {
    this.identity = identity;
  }

  async join(url: string, token: string): Promise<void> {
    this.room.on(RoomEvent.ParticipantConnected, (participant) => {
      if (participant.info.kind === ParticipantKind.AGENT && Number.isNaN(this.agentJoinedAt))
        this.agentJoinedAt = performance.now();
    });
    this.room.on(RoomEvent.TrackPublished, (publication: RemoteTrackPublication, participant) => {
      if (participant.info.kind === ParticipantKind.AGENT && publication.kind === TrackKind.KIND_AUDIO)
        publication.setSubscribed(true);
    });
    this.room.on(RoomEvent.ParticipantAttributesChanged, (changed, participant) => {
      const state = changed[AGENT_STATE_ATTRIBUTE];
      if (state && participant.info.kind === ParticipantKind.AGENT)
        this.#states.push({ at: performance.now(), state });
    });
    this.room.on(RoomEvent.TrackSubscribed, (track: RemoteTrack) => {
      if (track.kind !== TrackKind.KIND_AUDIO) return;
      if (Number.isNaN(this.agentTrackAt)) this.agentTrackAt = performance.now();
      this.#trackArrived?.();
      // A track unpublished before its stream opens (a room closing under load) has nothing to hear.
      this.#hear(track).catch(() => undefined);
    });
    await this.room.connect(url, token, { autoSubscribe: false, dynacast: false });
    for (const participant of this.room.remoteParticipants.values()) {
      if (participant.info.kind !== ParticipantKind.AGENT) continue;
      for (const publication of participant.trackPublications.values())
        if (publication.kind === TrackKind.KIND_AUDIO) publication.setSubscribed(true);
    }
  }

  /** Resolves once an agent's voice track is heard (subscribed), or rejects after `timeoutMs`. */
  agentTrack(timeoutMs: number): Promise<void> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no agent track within ${timeoutMs} ms`)), timeoutMs);
      void this.#track.then(() => {
        clearTimeout(timer);
        resolve();
      });
    });
  }

  /** When the agent's `lk.agent.state` first became `state` after `after` (NaN if it has not). */
  stateAt(state: string, after: number): number {
    return this.#states.find((change) => change.at > after && change.state === state)?.at ?? Number.NaN;
  }

  /** Resolves with the time of the first loud agent frame heard after `after`, or NaN after `timeoutMs`. */
  heardAfter(after: number, timeoutMs: number): Promise<number> {
    const already = this.#loud.find((at) => at > after);
    if (already !== undefined) return Promise.resolve(already);
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.#waiters = this.#waiters.filter((waiter) => waiter !== entry);
        resolve(Number.NaN);
      }, timeoutMs);
      const entry: Waiter = {
        after,
        resolve: (at) => {
          clearTimeout(timer);
          resolve(at);
        },
      };
      this.#waiters.push(entry);
    });
  }

  /** Resolves once the agent has been quiet for `quietMs` (at most `timeoutMs`). */
  async quiet(quietMs: number, timeoutMs = 30_000): Promise<void> {
    const deadline = performance.now() + timeoutMs;
    while (performance.now() < deadline && performance.now() - this.#lastLoudAt < quietMs) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  async leave(): Promise<void> {
    for (const stream of this.#streams) await stream.cancel().catch(() => undefined);
    await this.room.disconnect();
  }

  async #hear(track: RemoteTrack): Promise<void> {
    const stream = new AudioStream(track, { sampleRate: ROOM_RATE, numChannels: 1, frameSizeMs: 10 });
    this.#streams.push(stream);
    for await (const frame of stream) {
      if (levelDbfs(frame.data) < LOUD_DBFS) continue;
      const at = performance.now();
      this.#lastLoudAt = at;
      this.#loud.push(at);
      if (this.#loud.length > LOUD_KEPT) this.#loud.shift();
      if (this.#waiters.length === 0) continue;
      const due = this.#waiters.filter((waiter) => waiter.after < at);
      this.#waiters = this.#waiters.filter((waiter) => waiter.after >= at);
      for (const waiter of due) waiter.resolve(at);
    }
  }
}
