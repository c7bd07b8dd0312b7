// Bench: the CPU cost of the audio path per 20 ms room frame, in ns, against a baseline measured in the
// same process (a memcpy of the frame into a buffer allocated once), and as the share of one core a
// real-time stream takes. Paths: 48 kHz room audio to the 24 kHz PCM16 wire as base64, and to G.711
// mu-law 8 kHz as base64; back: base64 PCM16 24 kHz to 48 kHz samples.
import { base64ToPcm16, pcm16ToBase64 } from '../audio/base64.js';
import { mulawEncode } from '../audio/g711.js';
import { MODEL_RATE, ROOM_RATE } from '../audio/pcm.js';
import { RateConverter } from '../audio/rate-converter.js';
import { G711_RATE } from '../audio/wire-format.js';
import { FRAME_MS, framesOf, loadSpeech } from './speech-source.js';
import { median } from './stats.js';
import type { BenchRow, BenchSuite } from './suite.js';

const FRAMES_PER_ROUND = 5_000;
const ROUNDS = 7;

/** The work for frame `index`; returns something derived from the output so it cannot be optimised away. */
type FrameWork = (index: number) => number;

interface PathCase {
  metric: string;
  /** Builds fresh per-stream state (resamplers keep history between frames) over these frames. */
  make(frames: readonly Int16Array[]): FrameWork;
}

const mono48k = (samples: Int16Array) => ({ samples, sampleRate: ROOM_RATE, channels: 1 });

const baseline: PathCase = {
  metric: 'baseline: memcpy one 48 kHz frame',
  make: (frames) => {
    const target = new Int16Array(frames[0]?.length ?? 0);
    return (index) => {
      target.set(frames[index % frames.length]!);
      return target[index % target.length]!;
    };
  },
};

const cases: PathCase[] = [
  {
    metric: 'in: 48k -> 24k resample + PCM16 base64',
    make: (frames) => {
      const converter = new RateConverter(MODEL_RATE);
      return (index) => pcm16ToBase64(converter.push(mono48k(frames[index % frames.length]!))).length;
    },
  },
  {
    metric: 'in: 48k -> 8k resample + G.711 mu-law + base64',
    make: (frames) => {
      const converter = new RateConverter(G711_RATE);
      return (index) => {
        const samples = converter.push(mono48k(frames[index % frames.length]!));
        return Buffer.from(mulawEncode(samples)).toString('base64').length;
      };
    },
  },
  {
    metric: 'out: base64 PCM16 24k -> decode + 48k resample',
    make: (frames) => {
      const down = new RateConverter(MODEL_RATE);
      const wire = frames.map((frame) => pcm16ToBase64(down.push(mono48k(frame))));
      const converter = new RateConverter(ROOM_RATE);
      return (index) => {
        const samples = base64ToPcm16(wire[index % wire.length]!);
        return converter.push({ samples, sampleRate: MODEL_RATE, channels: 1 }).length;
      };
    },
  },
];

/** Median over rounds of the mean ns per frame. */
function nsPerFrame(path: PathCase, frames: readonly Int16Array[]): { ns: number; sink: number } {
  const work = path.make(frames);
  let sink = 0;
  for (let i = 0; i < 1_000; i++) sink += work(i);
  const rounds: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const started = process.hrtime.bigint();
    for (let i = 0; i < FRAMES_PER_ROUND; i++) sink += work(i);
    rounds.push(Number(process.hrtime.bigint() - started) / FRAMES_PER_ROUND);
  }
  return { ns: median(rounds), sink };
}

export const audioPathBench: BenchSuite = {
  name: 'audio-path',
  description: 'CPU per 20 ms frame of the audio path, against copying the frame',
  async run(context) {
    const speech = await loadSpeech(context.speechWav);
    const frames = framesOf(speech.samples);
    context.logger.info({ frames: frames.length, origin: speech.origin }, 'audio-path: measuring');
    const floor = nsPerFrame(baseline, frames);
    const row = (metric: string, ns: number): BenchRow => ({
      suite: this.name,
      metric,
      unit: 'ns/frame',
      value: ns,
      ratio: ns / floor.ns,
      coreShare: ns / (FRAME_MS * 1e6),
      ...(metric === baseline.metric ? {} : { baseline: baseline.metric }),
    });
    const rows = [row(baseline.metric, floor.ns)];
    for (const path of cases) rows.push(row(path.metric, nsPerFrame(path, frames).ns));
    return rows;
  },
};
