// The agent's one voice: answers play in order, a barge-in stops them and reports how much of the item
// was heard (captured minus what the output still had queued), and audio of a cut item that is still in
// flight from the model is not played. The room output is a small fake here (a unit test of one module).
import { describe, expect, it } from 'vitest';
import { Playout } from '../../src/relay/playout.js';
import type { AgentOutput } from '../../src/room/output.js';
import { log } from '../../src/telemetry/log.js';

class FakeOutput {
  played: number[] = [];
  states: string[] = [];
  queued = 0;
  cleared = 0;
  async play(samples: Int16Array) {
    this.played.push(samples.length);
  }
  /** Playout into the room takes real time: drained() waits until the test says the audio has played. */
  #release: (() => void) | undefined;
  drained() {
    return new Promise<void>((resolve) => {
      this.#release = resolve;
    });
  }
  finish() {
    this.#release?.();
  }
  queuedMs() {
    return this.queued;
  }
  /** As rtc-node's AudioSource.clearQueue: dropping the queue releases whoever waits for playout. */
  clear() {
    this.cleared += 1;
    this.finish();
  }
  async setState(state: string) {
    this.states.push(state);
  }
}

const ms = (n: number) => new Int16Array(48 * n);
const settle = () => new Promise((resolve) => setTimeout(resolve, 10));

describe('playout', () => {
  it('plays chunks in order and goes back to listening', async () => {
    const output = new FakeOutput();
    const playout = new Playout(output as unknown as AgentOutput, log());
    playout.enqueue('alice', 'item_a', ms(100));
    playout.enqueue('alice', 'item_a', ms(50));
    await settle();
    expect(output.played).toEqual([4800, 2400]);
    expect(output.states).toEqual(['speaking']);
    output.finish();
    await settle();
    expect(output.states).toEqual(['speaking', 'listening']);
  });

  it('a barge-in reports what was heard and drops the rest of the cut item', async () => {
    const output = new FakeOutput();
    const playout = new Playout(output as unknown as AgentOutput, log());
    playout.enqueue('alice', 'item_a', ms(1000));
    await settle();
    output.queued = 400; // 1000 ms captured, 400 ms of it not yet heard
    expect(playout.interrupt()).toEqual({ source: 'alice', itemId: 'item_a', playedMs: 600 });
    expect(output.cleared).toBe(1);

    playout.enqueue('alice', 'item_a', ms(200)); // late audio of the cut answer
    playout.enqueue('bob', 'item_b', ms(100)); // the next answer
    await settle();
    expect(output.played).toEqual([48_000, 4800]);
    expect(playout.interrupt()?.itemId).toBe('item_b');
  });

  it('has nothing to report when it was silent', () => {
    const playout = new Playout(new FakeOutput() as unknown as AgentOutput, log());
    expect(playout.interrupt()).toBeUndefined();
  });
});
