// Which sample rates rtc-node converts to and from exactly, and the fallback for the others. rtc-node
// works in 10 ms frames, so a rate that is not a whole number of samples per 10 ms (11025, 22050 Hz)
// comes out short: 110 samples per 10 ms "at 11025 Hz", audio that drifts. Such a rate is taken from and
// given to rtc-node at 48 kHz and converted here, in JavaScript, sample-exact. The realtime wire rates
// (24 kHz PCM16, 8 kHz G.711) are native, so this stays off the hot path.
import type { AudioFrame } from '@livekit/rtc-node';
import { ROOM_RATE } from '../audio/pcm.js';
import { RateConverter } from '../audio/rate-converter.js';
import { rtcAudioFrame } from './rtc-frame.js';

/** Whether rtc-node converts to and from `rate` exactly (a whole number of samples per 10 ms, 8-48 kHz). */
export function rtcNodeConverts(rate: number): boolean {
  return Number.isInteger(rate) && rate % 100 === 0 && rate >= 8_000 && rate <= ROOM_RATE;
}

/** The rate to ask rtc-node for when `rate` is wanted: `rate` itself, or 48 kHz to convert here. */
export function rtcNodeRate(rate: number): number {
  return rtcNodeConverts(rate) ? rate : ROOM_RATE;
}

/** Mono `frames` at `rate` (converted here when they come at another rate). */
export async function* framesAt(frames: AsyncIterable<AudioFrame>, rate: number): AsyncIterable<AudioFrame> {
  const converter = new RateConverter(rate);
  for await (const frame of frames) {
    if (frame.sampleRate === rate && frame.channels === 1) {
      yield frame;
      continue;
    }
    const samples = converter.push({
      samples: frame.data,
      sampleRate: frame.sampleRate,
      channels: frame.channels,
    });
    if (samples.length > 0) yield rtcAudioFrame(samples, rate);
  }
}
