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

  it('a quiet microphone costs no inference: windows within -60 dBFS never reach the model', async () => {
    class CountingStream extends SileroStream {
      calls = 0;
      override probability(window: Float32Array): Promise<number> {
        this.calls += 1;
        return super.probability(window);
      }
    }
    const settings = { threshold: 0.5, prefixPaddingMs: 300, silenceDurationMs: 600 };
    const hiss = Int16Array.from({ length: 24_000 * 2 }, (_, i) => ((i * 7919) % 61) - 30); // within ±30
    const idle = new CountingStream(await loadSileroModel());
    const idleSegmenter = new SpeechSegmenter(idle, settings);
    for (let at = 0; at < hiss.length; at += 480)
      expect(await idleSegmenter.push(hiss.subarray(at, at + 480), 24_000)).toEqual([]);
    expect(idle.calls).toBe(0);

    // Speech after the quiet stretch is found as before, and only windows with sound are run.
    const frame = await readWav(speechWav('short', '24k'));
    const talking = new CountingStream(await loadSileroModel());
    const segmenter = new SpeechSegmenter(talking, settings);
    const moments: VadMoment[] = [];
    for (const part of [hiss, frame.samples])
      for (let at = 0; at < part.length; at += 480)
        moments.push(...(await segmenter.push(part.subarray(at, at + 480), 24_000)));
    expect(moments.map((m) => m.type)).toEqual(['speech_started', 'speech_stopped']);
    expect((moments[0] as { audioStartMs: number }).audioStartMs).toBeGreaterThan(2_000);
    const windows = Math.floor(((hiss.length + frame.samples.length) * 2) / 3 / 512);
    expect(talking.calls).toBeGreaterThan(0);
    expect(talking.calls).toBeLessThan(windows - 60); // the 2 s of hiss alone is 62 windows
  });
});
