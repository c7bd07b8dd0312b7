// The bench's statistics: percentiles by nearest rank, summaries that count missing samples apart,
// latency figures with the silence window subtracted and tails counted, and CPU over a window.
import { describe, expect, it } from 'vitest';
import { SILENCE_WINDOW_MS } from '../../src/bench/bench-roles.js';
import { latencyFigures } from '../../src/bench/latency.js';
import { usageBetween } from '../../src/bench/process-usage.js';
import { median, percentile, rounded, summarize } from '../../src/bench/stats.js';

describe('percentiles', () => {
  it('takes the nearest rank, whatever the order of the samples', () => {
    const samples = [5, 1, 4, 2, 3, 10, 9, 8, 7, 6];
    expect(percentile(samples, 50)).toBe(5);
    expect(percentile(samples, 95)).toBe(10);
    expect(percentile(samples, 10)).toBe(1);
    expect(percentile(samples, 0)).toBe(1);
    expect(median([3, 1, 2])).toBe(2);
  });

  it('is NaN with no samples', () => {
    expect(percentile([], 50)).toBeNaN();
  });

  it('p95 of 50 turns sees a tail of three slow turns', () => {
    const turns = [...Array.from({ length: 47 }, () => 250), 5_700, 5_800, 5_900];
    expect(percentile(turns, 50)).toBe(250);
    expect(percentile(turns, 95)).toBe(5_700);
  });
});

describe('summaries', () => {
  it('leaves missing samples out of the figures and counts them', () => {
    const summary = summarize([10, Number.NaN, 30, 20, Number.NaN]);
    expect(summary).toEqual({ p50: 20, p95: 30, max: 30, n: 3, missing: 2 });
  });

  it('rounds figures and turns what is not a number into null for JSON', () => {
    expect(rounded(12.345, 1)).toBe(12.3);
    expect(rounded(Number.NaN)).toBeNull();
    expect(rounded(Number.POSITIVE_INFINITY)).toBeNull();
  });
});

describe('latency figures', () => {
  const turn = (latencyMs: number, stateLeadMs = 20) => ({
    speechEndAt: 1_000,
    heardAt: 1_000 + SILENCE_WINDOW_MS + latencyMs,
    speakingStateAt: 1_000 + SILENCE_WINDOW_MS + latencyMs - stateLeadMs,
  });

  it('subtracts the silence window, counts misses and tail turns, and compares with the floor', () => {
    const turns = [
      ...Array.from({ length: 38 }, () => turn(200)),
      turn(5_200, 5_100),
      { speechEndAt: 1_000, heardAt: Number.NaN, speakingStateAt: Number.NaN },
    ];
    const figures = latencyFigures(turns, 100);
    expect(figures.p50_ms).toBe(200);
    expect(figures.max_ms).toBe(5_200);
    expect(figures.turns).toBe(39);
    expect(figures.missed).toBe(1);
    expect(figures.tail_turns).toBe(1);
    expect(figures.raw_p50_ms).toBe(200 + SILENCE_WINDOW_MS);
    expect(figures.ratio_to_floor_p50).toBe(2);
    expect(figures.state_to_audio_p95_ms).toBe(20);
  });

  it('shows a state that runs seconds ahead of the audio', () => {
    const turns = Array.from({ length: 20 }, (_, index) => turn(200, index % 5 === 0 ? 5_000 : 10));
    expect(latencyFigures(turns).state_to_audio_p95_ms).toBe(5_000);
  });
});

describe('CPU and memory over a window', () => {
  it('counts CPU of the processes alive at the end, from zero for those that started inside it', () => {
    const start = { at: 0, cpuMs: new Map([[1, 100]]), rssMb: 100, pssMb: 80, processes: 1 };
    const end = {
      at: 2_000,
      cpuMs: new Map([
        [1, 1_100],
        [2, 500],
      ]),
      rssMb: 300,
      pssMb: 250,
      processes: 2,
    };
    expect(usageBetween(start, end)).toEqual({ cpuPct: 75, rssMb: 300, pssMb: 250, processes: 2 });
  });
});
