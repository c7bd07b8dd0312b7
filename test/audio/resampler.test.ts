// A tone travels like room audio does (48 kHz -> model 24 kHz -> back to 48 kHz), pushed frame by frame;
// it must keep its frequency and amplitude and show no seams where the frames meet.
import { describe, expect, it } from 'vitest';
import { downmixToMono, pcmFrame } from '../../src/audio/pcm.js';
import { RateConverter } from '../../src/audio/rate-converter.js';
import { resampleClip, StreamingResampler } from '../../src/audio/resampler.js';

function sine(frequency: number, rate: number, seconds: number, amplitude: number): Int16Array {
  const out = new Int16Array(Math.round(rate * seconds));
  for (let i = 0; i < out.length; i++)
    out[i] = Math.round(amplitude * Math.sin((2 * Math.PI * frequency * i) / rate));
  return out;
}

/** Amplitude and phase of `frequency` in `samples` (single-bin DFT). */
function tone(samples: Int16Array, frequency: number, rate: number): { amplitude: number; phase: number } {
  let re = 0;
  let im = 0;
  for (let i = 0; i < samples.length; i++) {
    const angle = (2 * Math.PI * frequency * i) / rate;
    re += samples[i]! * Math.cos(angle);
    im += samples[i]! * Math.sin(angle);
  }
  return { amplitude: (2 * Math.hypot(re, im)) / samples.length, phase: Math.atan2(im, re) };
}

/** Dominant frequency from zero crossings. */
function zeroCrossingFrequency(samples: Int16Array, rate: number): number {
  let crossings = 0;
  for (let i = 1; i < samples.length; i++) if (samples[i - 1]! < 0 !== samples[i]! < 0) crossings++;
  return (crossings / 2) * (rate / samples.length);
}

function pushInFrames(resampler: StreamingResampler, input: Int16Array, frameSize: number): Int16Array {
  const parts: Int16Array[] = [];
  for (let at = 0; at < input.length; at += frameSize)
    parts.push(resampler.push(input.subarray(at, at + frameSize)));
  parts.push(resampler.flush());
  const out = new Int16Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

describe('streaming resampler', () => {
  it('a 1 kHz tone through 48k -> 24k -> 48k in 10 ms frames keeps its frequency and amplitude', () => {
    const input = sine(1000, 48_000, 1, 10_000);
    const down = pushInFrames(new StreamingResampler(48_000, 24_000), input, 480);
    const up = pushInFrames(new StreamingResampler(24_000, 48_000), down, 240);
    expect(down.length).toBeGreaterThanOrEqual(24_000);
    const middle = up.subarray(4_800, 43_200);
    const measured = tone(middle, 1000, 48_000);
    expect(measured.amplitude).toBeGreaterThan(9_900);
    expect(measured.amplitude).toBeLessThan(10_100);
    expect(zeroCrossingFrequency(middle, 48_000)).toBeCloseTo(1000, -1);
  });

  it('frame edges leave no seam: frame-by-frame output equals one-shot output', () => {
    const input = sine(440, 48_000, 0.5, 12_000);
    const oneShot = pushInFrames(new StreamingResampler(48_000, 24_000), input, input.length);
    const framed = pushInFrames(new StreamingResampler(48_000, 24_000), input, 441);
    expect(framed.length).toBe(oneShot.length);
    let worst = 0;
    for (let i = 0; i < framed.length; i++) worst = Math.max(worst, Math.abs(framed[i]! - oneShot[i]!));
    expect(worst).toBeLessThanOrEqual(1);
  });

  it('the sample-to-sample step never jumps at frame boundaries (continuity of a slow tone)', () => {
    const input = sine(200, 16_000, 0.5, 16_000);
    const out = pushInFrames(new StreamingResampler(16_000, 24_000), input, 160);
    const maxStep = (2 * Math.PI * 200 * 16_000) / 24_000;
    for (let i = 200; i < out.length - 200; i++)
      expect(Math.abs(out[i]! - out[i - 1]!)).toBeLessThan(maxStep * 1.05);
  });

  it('downsampling removes content above the new Nyquist frequency', () => {
    const input = sine(15_000, 48_000, 0.5, 10_000);
    const down = resampleClip(input, 48_000, 24_000);
    expect(tone(down.subarray(1_000, 11_000), 9_000, 24_000).amplitude).toBeLessThan(50);
    let peak = 0;
    for (let i = 1_000; i < 11_000; i++) peak = Math.max(peak, Math.abs(down[i]!));
    expect(peak).toBeLessThan(200);
  });

  it('resampleClip keeps the duration and the timing (no offset) for every participant rate', () => {
    for (const rate of [8_000, 11_025, 16_000, 22_050, 32_000, 44_100, 48_000]) {
      const input = sine(300, rate, 0.4, 8_000);
      const out = resampleClip(input, rate, 24_000);
      expect(out.length).toBe(Math.round(0.4 * 24_000));
      const reference = sine(300, 24_000, 0.4, 8_000);
      const measured = tone(out.subarray(1200, 8400), 300, 24_000);
      const expected = tone(reference.subarray(1200, 8400), 300, 24_000);
      expect(measured.amplitude).toBeGreaterThan(7_900);
      expect(Math.abs(measured.phase - expected.phase)).toBeLessThan(0.02);
    }
  });

  it('a stereo 16 kHz participant is mixed down and brought to the model rate', () => {
    const left = sine(500, 16_000, 0.2, 6_000);
    const stereo = new Int16Array(left.length * 2);
    for (let i = 0; i < left.length; i++) {
      stereo[2 * i] = left[i]!;
      stereo[2 * i + 1] = left[i]!;
    }
    expect(downmixToMono(stereo, 2)).toEqual(left);
    const converter = new RateConverter(24_000);
    const parts = [converter.push(pcmFrame(stereo.subarray(0, 3200), 16_000, 2))];
    parts.push(converter.push(pcmFrame(stereo.subarray(3200), 16_000, 2)), converter.flush());
    const total = parts.reduce((n, p) => n + p.length, 0);
    expect(Math.abs(total - 4_800)).toBeLessThanOrEqual(2);
  });
});
