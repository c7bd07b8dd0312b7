// The playout of one speech output, over a stand-in sink (a unit test of one module; the room tests hear
// the real track): speech goes out in order in 20 ms frames, an interruption reports what was heard
// (handed over, less what the sink says its clear drops), and audio of a cut item still arriving from the
// model is not played.
import { describe, expect, it } from 'vitest';
import { type AudioSink, Playout } from '../../src/relay/speech-output.js';
import { silent } from './fakes.js';

class FakeSink implements AudioSink {
  readonly sampleRate = 24_000;
  frames: number[] = [];
  queued = 0;
  cleared = 0;
  /** When set, `play` waits for the test (the sink is full). */
  hold: Promise<void> | undefined;
  #drained: (() => void) | undefined;
  async play(samples: Int16Array): Promise<void> {
    this.frames.push(samples.length);
    await this.hold;
  }
  drained(): Promise<void> {
    return new Promise((resolve) => {
      this.#drained = resolve;
    });
  }
  queuedMs(): number {
    return this.queued;
  }
  clear(): void {
    this.cleared += 1;
    this.#drained?.();
  }
  finish(): void {
    this.#drained?.();
  }
}

const ms = (n: number) => new Int16Array(24 * n);
const settle = () => new Promise((resolve) => setTimeout(resolve, 10));

describe('playout', () => {
  it('plays an item in 20 ms frames, in order, and says when it starts and stops speaking', async () => {
    const sink = new FakeSink();
    const playout = new Playout(sink, silent);
    const changes: boolean[] = [];
    playout.onSpeaking((speaking) => changes.push(speaking));
    playout.play('item_a', ms(50));
    playout.play('item_a', ms(40));
    await settle();
    expect(sink.frames).toEqual([480, 480, 240, 480, 480]);
    expect(playout.speaking).toBe(true);
    sink.finish();
    await settle();
    expect(changes).toEqual([true, false]);
  });

  it('reports what was heard when cut: handed over, less what the sink drops', async () => {
    const sink = new FakeSink();
    const playout = new Playout(sink, silent);
    let release: () => void = () => undefined;
    playout.play('item_a', ms(1_000));
    await settle();
    // The sink fills up: the 11th frame (200 ms handed over in all) waits for room; 150 ms still queued.
    sink.hold = new Promise((resolve) => {
      release = resolve;
    });
    playout.play('item_a', ms(40));
    await settle();
    const handed = sink.frames.length * 20;
    sink.queued = 150;
    expect(playout.interrupt()).toEqual({ itemId: 'item_a', heardMs: handed - 150 });
    expect(sink.cleared).toBe(1);
    release();

    playout.play('item_a', ms(200)); // late audio of the cut answer
    playout.play('item_b', ms(20)); // the next answer
    await settle();
    expect(sink.frames.at(-1)).toBe(480);
    expect(playout.interrupt()?.itemId).toBe('item_b');
  });

  it('has nothing to report when it was silent', () => {
    expect(new Playout(new FakeSink(), silent).interrupt()).toBeUndefined();
  });
});
