// The agent's voice in the room: one published microphone track fed from an AudioSource, plus the
// `lk.agent.state` attribute that LiveKit front ends read to show whether the agent listens or speaks.
import {
  AudioFrame,
  AudioSource,
  LocalAudioTrack,
  type Room,
  TrackPublishOptions,
  TrackSource,
} from '@livekit/rtc-node';

export const OUTPUT_SAMPLE_RATE = 48_000;
export const AGENT_STATE_ATTRIBUTE = 'lk.agent.state';

export type AgentState = 'initializing' | 'listening' | 'thinking' | 'speaking';

export class AgentOutput {
  readonly #room: Room;
  readonly #source = new AudioSource(OUTPUT_SAMPLE_RATE, 1, 1000);
  #track: LocalAudioTrack | undefined;
  #state: AgentState | undefined;

  constructor(room: Room) {
    this.#room = room;
  }

  async publish(): Promise<void> {
    const participant = this.#room.localParticipant;
    if (!participant) throw new Error('the agent must be connected before it publishes audio');
    this.#track = LocalAudioTrack.createAudioTrack('agent-voice', this.#source);
    await participant.publishTrack(
      this.#track,
      new TrackPublishOptions({ source: TrackSource.SOURCE_MICROPHONE }),
    );
  }

  /** Queues 48 kHz mono samples for playout; resolves when the source has room for more. */
  play(samples: Int16Array): Promise<void> {
    return this.#source.captureFrame(new AudioFrame(samples, OUTPUT_SAMPLE_RATE, 1, samples.length));
  }

  /** Resolves when everything queued has been played out. */
  drained(): Promise<void> {
    return this.#source.waitForPlayout();
  }

  /** Milliseconds captured but not yet played out. */
  queuedMs(): number {
    return this.#source.queuedDuration;
  }

  /** Drops everything queued and not yet played (barge-in). */
  clear(): void {
    this.#source.clearQueue();
  }

  async setState(state: AgentState): Promise<void> {
    if (state === this.#state || !this.#room.localParticipant) return;
    this.#state = state;
    await this.#room.localParticipant.setAttributes({ [AGENT_STATE_ATTRIBUTE]: state });
  }

  async close(): Promise<void> {
    await this.#source.close();
  }
}
