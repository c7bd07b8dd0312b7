// The echo relay: the simplest real behaviour, used until a definition names a realtime model. It hears
// every participant, finds where each one's turn ends (a short energy-based detector), and plays that
// turn back into the room, one turn at a time.
import type { AudioFrame, RemoteParticipant } from '@livekit/rtc-node';
import type { AgentOutput } from '../room/output.js';
import type { Logger } from '../telemetry/log.js';

export interface TurnDetectorOptions {
  /** A frame louder than this (RMS, dBFS) counts as voiced. */
  thresholdDbfs: number;
  /** Voiced audio needed before a turn starts. */
  minSpeechMs: number;
  /** Silence that ends a turn. */
  silenceMs: number;
  /** Audio kept from before the turn started, so its first syllable is not cut. */
  prerollMs: number;
  /** A turn longer than this ends anyway. */
  maxTurnMs: number;
}

const DEFAULTS: TurnDetectorOptions = {
  thresholdDbfs: -45,
  minSpeechMs: 120,
  silenceMs: 600,
  prerollMs: 200,
  maxTurnMs: 30_000,
};

function dbfs(frame: AudioFrame): number {
  let sum = 0;
  for (const sample of frame.data) sum += sample * sample;
  const rms = Math.sqrt(sum / Math.max(1, frame.data.length)) / 32768;
  return rms > 0 ? 20 * Math.log10(rms) : -120;
}

function durationMs(frame: AudioFrame): number {
  return (frame.samplesPerChannel * 1000) / frame.sampleRate;
}

/** Splits a stream of frames into spoken turns: push frames in, get a turn back when one ends. */
export class SpeechTurnDetector {
  readonly #options: TurnDetectorOptions;
  #frames: AudioFrame[] = [];
  #voicedMs = 0;
  #silentMs = 0;
  #turnMs = 0;
  #speaking = false;

  constructor(options: Partial<TurnDetectorOptions> = {}) {
    this.#options = { ...DEFAULTS, ...options };
  }

  push(frame: AudioFrame): AudioFrame[] | undefined {
    const ms = durationMs(frame);
    const voiced = dbfs(frame) > this.#options.thresholdDbfs;
    this.#frames.push(frame);

    if (!this.#speaking) {
      this.#voicedMs = voiced ? this.#voicedMs + ms : 0;
      if (this.#voicedMs >= this.#options.minSpeechMs) {
        this.#speaking = true;
        this.#silentMs = 0;
        this.#turnMs = 0;
      } else {
        this.#trimPreroll();
        return undefined;
      }
    }

    this.#turnMs += ms;
    this.#silentMs = voiced ? 0 : this.#silentMs + ms;
    if (this.#silentMs < this.#options.silenceMs && this.#turnMs < this.#options.maxTurnMs) return undefined;

    const turn = this.#frames;
    this.#frames = [];
    this.#speaking = false;
    this.#voicedMs = 0;
    return turn;
  }

  #trimPreroll(): void {
    let kept = 0;
    let index = this.#frames.length;
    while (index > 0 && kept < this.#options.prerollMs + this.#options.minSpeechMs) {
      index -= 1;
      kept += durationMs(this.#frames[index]!);
    }
    if (index > 0) this.#frames = this.#frames.slice(index);
  }
}

export class EchoRelay {
  readonly #output: AgentOutput;
  readonly #logger: Logger;
  #playback: Promise<void> = Promise.resolve();

  constructor(output: AgentOutput, logger: Logger) {
    this.#output = output;
    this.#logger = logger;
  }

  /** Consumes one participant's audio until their track ends. */
  async listen(participant: RemoteParticipant, frames: AsyncIterable<AudioFrame>): Promise<void> {
    const detector = new SpeechTurnDetector();
    for await (const frame of frames) {
      const turn = detector.push(frame);
      if (turn) this.#enqueue(participant.identity, turn);
    }
  }

  /** Resolves when every queued turn has been played. */
  idle(): Promise<void> {
    return this.#playback;
  }

  #enqueue(identity: string, turn: AudioFrame[]): void {
    const ms = Math.round(turn.reduce((sum, frame) => sum + durationMs(frame), 0));
    this.#logger.info({ participant: identity, ms }, 'turn ended, echoing it back');
    this.#playback = this.#playback
      .then(async () => {
        await this.#output.setState('speaking');
        for (const frame of turn) await this.#output.play(frame);
        await this.#output.drained();
        await this.#output.setState('listening');
      })
      .catch((error: unknown) => this.#logger.error({ err: error }, 'echo playback failed'));
  }
}
