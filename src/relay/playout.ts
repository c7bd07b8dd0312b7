// The agent's single voice: model speech from any session is played in arrival order through the room
// output, and the playout knows how much of each item was actually heard, so a barge-in can cut the
// model's memory to exactly that.
import { samplesToMs } from '../audio/pcm.js';
import { type AgentOutput, OUTPUT_SAMPLE_RATE } from '../room/output.js';
import type { Logger } from '../telemetry/log.js';

/** What was playing when speech was cut: whose session, which item, how much of it was heard. */
export interface CutSpeech {
  source: string;
  itemId: string;
  playedMs: number;
}

interface Chunk {
  source: string;
  itemId: string;
  /** 48 kHz mono. */
  samples: Int16Array;
}

export class Playout {
  readonly #output: AgentOutput;
  readonly #logger: Logger;
  #pending: Chunk[] = [];
  #current: { source: string; itemId: string; capturedMs: number } | undefined;
  /** Items cut by a barge-in: audio of theirs still in flight from the model is dropped on arrival. */
  readonly #cut = new Set<string>();
  #generation = 0;
  #running = false;

  constructor(output: AgentOutput, logger: Logger) {
    this.#output = output;
    this.#logger = logger;
  }

  /** Queues 48 kHz mono speech of one model item, produced by the session of `source`. */
  enqueue(source: string, itemId: string, samples: Int16Array): void {
    if (samples.length === 0 || this.#cut.has(itemId)) return;
    this.#pending.push({ source, itemId, samples });
    if (!this.#running) void this.#run();
  }

  /** Stops speaking now; returns what was being heard, if anything. */
  interrupt(): CutSpeech | undefined {
    this.#generation += 1;
    for (const chunk of this.#pending) this.#cut.add(chunk.itemId);
    if (this.#current) this.#cut.add(this.#current.itemId);
    this.#pending = [];
    const current = this.#current;
    const unheardMs = this.#output.queuedMs();
    this.#output.clear();
    this.#current = undefined;
    if (!current) return undefined;
    return {
      source: current.source,
      itemId: current.itemId,
      playedMs: Math.max(0, Math.floor(current.capturedMs - unheardMs)),
    };
  }

  async #run(): Promise<void> {
    this.#running = true;
    const generation = this.#generation;
    try {
      await this.#output.setState('speaking');
      while (this.#pending.length > 0 && generation === this.#generation) {
        const chunk = this.#pending.shift()!;
        if (this.#current?.itemId !== chunk.itemId)
          this.#current = { source: chunk.source, itemId: chunk.itemId, capturedMs: 0 };
        const current = this.#current;
        await this.#output.play(chunk.samples);
        if (generation === this.#generation)
          current.capturedMs += samplesToMs(chunk.samples.length, OUTPUT_SAMPLE_RATE);
      }
      if (generation === this.#generation) await this.#output.drained();
      if (generation === this.#generation) {
        this.#current = undefined;
        await this.#output.setState('listening');
      }
    } catch (error) {
      this.#logger.error({ err: error }, 'playout failed');
    } finally {
      this.#running = false;
      if (this.#pending.length > 0) void this.#run();
    }
  }
}
