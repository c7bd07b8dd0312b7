// Bench: what the audio path costs this process per 20 ms frame, as it runs now, against copying the
// frame (measured in the same run). rtc-node hands the relay microphone audio at the model's rate and
// takes the model's audio at that rate, so the JavaScript path is:
//   conversion  a frame's samples to the wire's base64 and back to track frames: the work the issue's
//        first figure (80-90 µs, with a JavaScript resampler) measured, so the two compare;
//   in   a frame from the intake -> Speaker (recent audio, routing) -> the model session's appendAudio
//        (wire encoding, chunking, base64, JSON, the WebSocket send), timed around the real classes;
//   out  the engine's audio deltas -> WebSocket receive, parsing, decoding -> Playout -> a frame for the
//        track, timed as event-loop busy time while a real engine process streams a reply.
// Also: the same at G.711 8 kHz, the JavaScript resampling still done for the relay's own voice
// activity (shared mode, link first-speaker, turn_detection none), and the fallback for rates rtc-node
// cannot give.
import { AudioFrame } from '@livekit/rtc-node';
import { base64ToPcm16, pcm16ToBase64 } from '../audio/base64.js';
import { concatSamples, downmixToMono, MODEL_RATE, ROOM_RATE } from '../audio/pcm.js';
import { RateConverter } from '../audio/rate-converter.js';
import { resampleClip } from '../audio/resampler.js';
import { VAD_ZERO_CROSSINGS } from '../audio/vad/speech-segmenter.js';
import { readWav } from '../audio/wav.js';
import { G711_RATE } from '../audio/wire-format.js';
import { type ModelSession, RealtimeModelSession } from '../realtime/index.js';
import { Speaker } from '../relay/speaker.js';
import { type AudioSink, Playout } from '../relay/speech-output.js';
import { rtcAudioFrame } from '../room/rtc-frame.js';
import type { Logger } from '../telemetry/log.js';
import { startEngineProcess } from './engine-process.js';
import type { AudioPathFigures } from './report.js';
import { FRAME_MS } from './speech-source.js';
import { median, rounded } from './stats.js';
import type { BenchRow, BenchSuite } from './suite.js';

interface Plan {
  framesPerRound: number;
  rounds: number;
  replies: number;
}

const FULL: Plan = { framesPerRound: 2_000, rounds: 7, replies: 5 };
const QUICK: Plan = { framesPerRound: 500, rounds: 3, replies: 2 };

/** 20 ms rtc-node frames of `samples` (mono) at `rate`. */
function framesOf(samples: Int16Array, rate: number): AudioFrame[] {
  const size = (rate * FRAME_MS) / 1000;
  const frames: AudioFrame[] = [];
  for (let offset = 0; offset + size <= samples.length; offset += size)
    frames.push(new AudioFrame(samples.slice(offset, offset + size), rate, 1, size));
  return frames;
}

/** Median over rounds of the mean µs per frame of a synchronous `work(frame index)`. */
function usPerFrame(plan: Plan, work: (index: number) => unknown): number {
  for (let i = 0; i < 200; i++) work(i);
  const rounds: number[] = [];
  for (let round = 0; round < plan.rounds; round++) {
    const started = process.hrtime.bigint();
    for (let i = 0; i < plan.framesPerRound; i++) work(i);
    rounds.push(Number(process.hrtime.bigint() - started) / 1_000 / plan.framesPerRound);
  }
  return median(rounds);
}

/** The model's audio arrives in deltas of about this much (the engine's and OpenAI's size). */
const DELTA_FRAMES = 5;

/**
 * µs per 20 ms frame of converting a delta of base64 wire audio (PCM16 24 kHz) into the track's frames,
 * as Playout hands them to an rtc-node source.
 */
function outputConversion(plan: Plan, frames: AudioFrame[]): number {
  const deltas: string[] = [];
  for (let i = 0; i + DELTA_FRAMES <= frames.length; i += DELTA_FRAMES) {
    deltas.push(pcm16ToBase64(concatSamples(frames.slice(i, i + DELTA_FRAMES).map((frame) => frame.data))));
  }
  const size = frames[0]!.samplesPerChannel;
  let made = 0;
  const perDelta = usPerFrame({ ...plan, framesPerRound: plan.framesPerRound / DELTA_FRAMES }, (i) => {
    const samples = base64ToPcm16(deltas[i % deltas.length]!);
    for (let offset = 0; offset < samples.length; offset += size)
      made += rtcAudioFrame(samples.subarray(offset, offset + size), MODEL_RATE).samplesPerChannel;
    return made;
  });
  return perDelta / DELTA_FRAMES;
}

/** µs per frame of the input path: a Speaker over `frames` routed into `session.appendAudio`. */
async function inputPath(
  plan: Plan,
  session: ModelSession,
  frames: AudioFrame[],
  logger: Logger,
): Promise<number> {
  const participant = { identity: 'talker', name: 'talker', kind: 'human' as const, attributes: {} };
  const round = async (count: number) => {
    const speaker = new Speaker({ identity: 'talker', name: 'talker' }, participant, 'TR_bench', {
      sampleRate: frames[0]!.sampleRate,
      logger,
    });
    speaker.routeTo((samples) => session.appendAudio(samples));
    async function* source() {
      for (let i = 0; i < count; i++) yield frames[i % frames.length]!;
    }
    const started = process.hrtime.bigint();
    await speaker.listen(source());
    const us = Number(process.hrtime.bigint() - started) / 1_000 / count;
    session.clearAudio();
    // Let the socket drain before the next round.
    await new Promise((resolve) => setTimeout(resolve, 50));
    return us;
  };
  await round(200);
  const rounds: number[] = [];
  for (let i = 0; i < plan.rounds; i++) rounds.push(await round(plan.framesPerRound));
  return median(rounds);
}

/** A sink that makes the rtc-node frame a track would be given, and is always ready for more. */
class FrameSink implements AudioSink {
  readonly sampleRate: number;
  frames = 0;
  constructor(sampleRate: number) {
    this.sampleRate = sampleRate;
  }
  async play(samples: Int16Array): Promise<void> {
    this.frames += rtcAudioFrame(samples, this.sampleRate).samplesPerChannel > 0 ? 1 : 0;
  }
  async drained(): Promise<void> {}
  queuedMs(): number {
    return 0;
  }
  clear(): void {}
}

/** µs per 20 ms of the output path: event-loop busy time while the engine streams replies. */
async function outputPath(plan: Plan, session: ModelSession, logger: Logger): Promise<number> {
  const sink = new FrameSink(session.outputRate);
  const playout = new Playout(sink, logger);
  let samples = 0;
  session.on('audio', (audio) => {
    samples += audio.samples.length;
    playout.play(audio.itemId, audio.samples);
  });
  const reply = async () => {
    samples = 0;
    const done = new Promise<void>((resolve) => {
      const off = session.on('response_done', () => {
        off();
        resolve();
      });
    });
    const before = performance.eventLoopUtilization();
    session.respond();
    await done;
    const busy = performance.eventLoopUtilization(before);
    const frames = (samples * 1000) / session.outputRate / FRAME_MS;
    return (busy.active * 1000) / frames;
  };
  await reply();
  const replies: number[] = [];
  for (let i = 0; i < plan.replies; i++) replies.push(await reply());
  return median(replies);
}

async function openSession(
  url: string,
  format: 'audio/pcm' | 'audio/pcmu',
  logger: Logger,
): Promise<ModelSession> {
  const session = new RealtimeModelSession(
    {
      provider: { provider: 'local', url },
      session: { model: 'bench', inputFormat: format, outputFormat: format, turnDetection: { type: 'none' } },
    },
    { logger },
  );
  await session.connect();
  return session;
}

export function audioPathBench(quick: boolean): BenchSuite {
  const plan = quick ? QUICK : FULL;
  return {
    name: 'audio-path',
    description:
      'CPU of this process per 20 ms frame of the audio path, in and out, against copying the frame',
    async run(context) {
      if (!context.speechWav) throw new Error('the audio path bench needs a speech WAV (run pnpm fixtures)');
      const wav = await readWav(context.speechWav);
      const mono = downmixToMono(wav.samples, wav.channels);
      const room = framesOf(resampleClip(mono, wav.sampleRate, ROOM_RATE), ROOM_RATE);
      const model = framesOf(resampleClip(mono, wav.sampleRate, MODEL_RATE), MODEL_RATE);
      const g711 = framesOf(resampleClip(mono, wav.sampleRate, G711_RATE), G711_RATE);

      const copy = new Int16Array(room[0]!.data.length);
      const baseline = usPerFrame(plan, (i) => copy.set(room[i % room.length]!.data));
      const conversionIn = usPerFrame(plan, (i) => pcm16ToBase64(model[i % model.length]!.data).length);
      const conversionOut = outputConversion(plan, model);
      const vad = new RateConverter(16_000, VAD_ZERO_CROSSINGS);
      const vadUs = usPerFrame(plan, (i) =>
        vad.push({ samples: model[i % model.length]!.data, sampleRate: MODEL_RATE, channels: 1 }),
      );
      const fallbackIn = new RateConverter(MODEL_RATE);
      const fallbackInUs = usPerFrame(plan, (i) =>
        fallbackIn.push({ samples: room[i % room.length]!.data, sampleRate: ROOM_RATE, channels: 1 }),
      );
      const fallbackOut = new RateConverter(ROOM_RATE);
      const fallbackOutUs = usPerFrame(plan, (i) =>
        fallbackOut.push({ samples: model[i % model.length]!.data, sampleRate: MODEL_RATE, channels: 1 }),
      );

      const engine = await startEngineProcess({
        replyWav: context.speechWav,
        speed: 20,
        logger: context.logger,
      });
      const sessions: ModelSession[] = [];
      try {
        const pcm = await openSession(engine.url, 'audio/pcm', context.logger);
        sessions.push(pcm);
        const mulaw = await openSession(engine.url, 'audio/pcmu', context.logger);
        sessions.push(mulaw);
        const pcmIn = await inputPath(plan, pcm, model, context.logger);
        const pcmOut = await outputPath(plan, pcm, context.logger);
        const g711In = await inputPath(plan, mulaw, g711, context.logger);
        const g711Out = await outputPath(plan, mulaw, context.logger);
        const paths: AudioPathFigures['paths'] = [
          { path: 'baseline: copy one 48 kHz frame', us_per_frame: baseline },
          { path: 'conversion in: 24 kHz frame -> PCM16 wire bytes -> base64', us_per_frame: conversionIn },
          {
            path: 'conversion out: base64 delta -> PCM16 -> 20 ms track frames',
            us_per_frame: conversionOut,
          },
          {
            path: 'in: 24 kHz frame -> speaker -> appendAudio (PCM16, base64, JSON, send)',
            us_per_frame: pcmIn,
          },
          {
            path: 'out: PCM16 delta -> receive, parse, decode -> playout -> track frame',
            us_per_frame: pcmOut,
          },
          { path: 'in: 8 kHz frame -> speaker -> appendAudio (G.711 mu-law)', us_per_frame: g711In },
          { path: 'out: G.711 mu-law delta -> ... -> track frame', us_per_frame: g711Out },
          {
            path: 'relay voice activity: 24 kHz -> 16 kHz in JavaScript (shared, first-speaker, turn_detection none)',
            us_per_frame: vadUs,
          },
          {
            path: 'fallback in: 48 kHz -> 24 kHz in JavaScript (rates rtc-node cannot give)',
            us_per_frame: fallbackInUs,
          },
          { path: 'fallback out: 24 kHz -> 48 kHz in JavaScript', us_per_frame: fallbackOutUs },
        ].map((entry) => ({
          path: entry.path,
          us_per_frame: rounded(entry.us_per_frame, 2),
          ratio_to_copy: rounded(entry.us_per_frame / baseline, 1),
          core_pct: rounded((entry.us_per_frame / (FRAME_MS * 1000)) * 100, 3),
        }));
        const rows: BenchRow[] = paths.map((entry) => ({
          suite: this.name,
          metric: entry.path,
          unit: 'µs/frame',
          value: entry.us_per_frame ?? Number.NaN,
          ratio: entry.ratio_to_copy ?? undefined,
          baseline: 'copy',
        }));
        return {
          rows,
          sections: {
            audio: {
              frame_us: { in: rounded(conversionIn, 2), out: rounded(conversionOut, 2) },
              wire_us: { in: rounded(pcmIn, 2), out: rounded(pcmOut, 2) },
              paths,
            },
          },
        };
      } finally {
        for (const session of sessions) session.close();
        await engine.stop();
      }
    },
  };
}
