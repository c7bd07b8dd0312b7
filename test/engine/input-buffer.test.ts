// The input buffer on the session's cumulative timeline: appends advance it, commits and drops take
// from its front, and positions stay in milliseconds of audio, whatever the chunking.
import { describe, expect, it } from 'vitest';
import { InputAudioBuffer } from '../../src/engine/input-buffer.js';

const ramp = (from: number, count: number) => Int16Array.from({ length: count }, (_, i) => from + i);

describe('input audio buffer', () => {
  it('keeps the timeline across takes and drops', () => {
    const buffer = new InputAudioBuffer(8_000);
    buffer.append(ramp(0, 800));
    buffer.append(ramp(800, 800));
    expect(buffer.durationMs).toBe(200);
    buffer.dropBefore(50);
    expect(buffer.startMs).toBe(50);
    const taken = buffer.takeUntil(150);
    expect(taken.length).toBe(800);
    expect(taken[0]).toBe(400);
    expect(taken.at(-1)).toBe(1199);
    expect(buffer.startMs).toBe(150);
    expect(buffer.endMs).toBe(200);
    expect(Array.from(buffer.takeAll())).toEqual(Array.from(ramp(1200, 400)));
    expect(buffer.durationMs).toBe(0);
    expect(buffer.startMs).toBe(200);
  });

  it('a change of rate drops what was held but keeps the timeline', () => {
    const buffer = new InputAudioBuffer(24_000);
    buffer.append(new Int16Array(2_400));
    buffer.setSampleRate(8_000);
    expect(buffer.durationMs).toBe(0);
    expect(buffer.startMs).toBe(100);
  });
});
