// The Silero model (shipped in @livekit/agents-plugin-silero, run here with onnxruntime-node) finds the
// spoken part of each speech fixture on the cumulative input timeline, and honours the turn settings.
import { describe, expect, it } from 'vitest';
import { downmixToMono } from '../../src/audio/pcm.js';
import { loadSileroModel, SileroStream, sileroModelPath } from '../../src/audio/vad/silero.js';
import { SpeechSegmenter, type VadMoment } from '../../src/audio/vad/speech-segmenter.js';
import { readWav } from '../../src/audio/wav.js';
import { speechWav } from '../fixtures/speech.js';

async function segment(
  samples: Int16Array,
  rate: number,
  settings = { threshold: 0.5, prefixPaddingMs: 300, silenceDurationMs: 600 },
  chunk = rate / 10,
): Promise<VadMoment[]> {
  const segmenter = new SpeechSegmenter(new SileroStream(await loadSileroModel()), settings);
  const moments: VadMoment[] = [];
  for (let at = 0; at < samples.length; at += chunk)
    moments.push(...(await segmenter.push(samples.subarray(at, at + chunk), rate)));
  return moments;
}

describe('Silero speech segmentation', () => {
  it('finds the model file through the package, not a fixed path', () => {
    expect(sileroModelPath()).toMatch(/agents-plugin-silero[/\\]dist[/\\]silero_vad\.onnx$/);
  });

  it.each(['24k', '8k', '16k-stereo'] as const)(
    'one turn in the short phrase at %s: start after the 0.5 s lead-in, stop before the end',
    async (format) => {
      const frame = await readWav(speechWav('short', format));
      const mono = downmixToMono(frame.samples, frame.channels);
      const moments = await segment(mono, frame.sampleRate);
      expect(moments.map((m) => m.type)).toEqual(['speech_started', 'speech_stopped']);
      const [start, stop] = moments as [
        Extract<VadMoment, { type: 'speech_started' }>,
        Extract<VadMoment, { type: 'speech_stopped' }>,
      ];
      // 0.5 s of silence lead in; the start includes the 300 ms prefix padding.
      expect(start.audioStartMs).toBeGreaterThanOrEqual(150);
      expect(start.audioStartMs).toBeLessThanOrEqual(350);
      const totalMs = (mono.length * 1000) / frame.sampleRate;
      expect(stop.audioEndMs).toBeGreaterThan(start.audioStartMs + 1_000);
      expect(stop.audioEndMs).toBeLessThanOrEqual(totalMs);
    },
  );

  it('silence is never speech, and a shorter silence window splits a long sentence into more turns', async () => {
    expect(await segment(new Int16Array(24_000 * 2), 24_000)).toEqual([]);
    const frame = await readWav(speechWav('hello', '24k'));
    const patient = await segment(frame.samples, 24_000, {
      threshold: 0.5,
      prefixPaddingMs: 300,
      silenceDurationMs: 600,
    });
    const eager = await segment(frame.samples, 24_000, {
      threshold: 0.5,
      prefixPaddingMs: 300,
      silenceDurationMs: 100,
    });
    expect(eager.length).toBeGreaterThan(patient.length);
  });

  it('the timeline is the audio, not the chunking: 20 ms and 100 ms appends agree', async () => {
    const frame = await readWav(speechWav('question', '24k'));
    const small = await segment(frame.samples, 24_000, undefined, 480);
    const large = await segment(frame.samples, 24_000, undefined, 2_400);
    expect(small).toEqual(large);
  });
});
