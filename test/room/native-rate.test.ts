// Rates rtc-node cannot give exactly (not a whole number of samples per 10 ms) take the fallback: 48 kHz
// frames converted here keep their pitch and every sample; a person's tone reaches the intake at exactly
// 11025 Hz (rtc-node alone would give 220 samples per 20 ms); and the agent's voice track at 11025 Hz is
// heard by a person as the same tone, for as long. The model's rates (24 kHz, 8 kHz) are native.
import {
  AudioFrame,
  AudioSource,
  AudioStream,
  dispose,
  LocalAudioTrack,
  Room,
  RoomEvent,
  TrackKind,
  TrackPublishOptions,
  TrackSource,
} from '@livekit/rtc-node';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { concatSamples } from '../../src/audio/pcm.js';
import { ParticipantIntake } from '../../src/room/intake.js';
import { framesAt, rtcNodeConverts } from '../../src/room/native-rate.js';
import { rtcAudioFrame } from '../../src/room/rtc-frame.js';
import { VoiceTrack } from '../../src/room/voice-track.js';
import { startTestLiveKit, type TestLiveKit } from '../harness/livekit.js';

const ODD_RATE = 11_025;

function tone(rate: number, ms: number, hz = 440): Int16Array {
  return Int16Array.from({ length: (rate * ms) / 1000 }, (_, i) =>
    Math.round(8000 * Math.sin((2 * Math.PI * hz * i) / rate)),
  );
}

/** The tone's pitch from its upward zero crossings, over the loud part of `samples`. */
function pitchHz(samples: Int16Array, rate: number): number {
  const first = samples.findIndex((s) => Math.abs(s) > 2000);
  const last = samples.length - [...samples].reverse().findIndex((s) => Math.abs(s) > 2000);
  let crossings = 0;
  for (let i = first + 1; i < last; i++) if (samples[i - 1]! < 0 && samples[i]! >= 0) crossings++;
  return first < 0 ? 0 : (crossings * rate) / (last - first);
}

describe('sample rates rtc-node cannot give', { timeout: 60_000 }, () => {
  let livekit: TestLiveKit;
  const rooms: Room[] = [];
  const join = async (identity: string, autoSubscribe: boolean) => {
    const room = new Room();
    await room.connect(livekit.url, await livekit.token('rates', identity), {
      autoSubscribe,
      dynacast: false,
    });
    rooms.push(room);
    return room;
  };

  beforeAll(async () => {
    livekit = await startTestLiveKit();
  });
  afterAll(async () => {
    for (const room of rooms) await room.disconnect();
    await livekit?.close();
    await dispose();
  });

  it('knows which rates are native', () => {
    for (const rate of [8_000, 16_000, 24_000, 48_000]) expect(rtcNodeConverts(rate)).toBe(true);
    for (const rate of [11_025, 22_050, 7_000, 96_000]) expect(rtcNodeConverts(rate)).toBe(false);
  });

  it('converts 48 kHz frames to 11025 Hz sample-exact, keeping the pitch', async () => {
    const sent = tone(48_000, 2_000);
    async function* frames() {
      for (let at = 0; at < sent.length; at += 480)
        yield new AudioFrame(sent.slice(at, at + 480), 48_000, 1, 480);
    }
    const out: AudioFrame[] = [];
    for await (const frame of framesAt(frames(), ODD_RATE)) out.push(frame);
    const samples = concatSamples(out.map((frame) => frame.data));
    expect(new Set(out.map((frame) => frame.sampleRate))).toEqual(new Set([ODD_RATE]));
    // All of it but the resampler's filter delay (a few ms held back until the stream ends).
    expect(samples.length).toBeGreaterThan(2 * ODD_RATE - 40);
    expect(samples.length).toBeLessThanOrEqual(2 * ODD_RATE);
    expect(Math.abs(pitchHz(samples, ODD_RATE) - 440)).toBeLessThan(1);
  });

  it('hands the intake the tone a person sends as frames at exactly 11025 Hz', async () => {
    const agent = await join('agent', true);
    const heard: Int16Array[] = [];
    let rates = new Set<number>();
    const intake = new ParticipantIntake(
      agent,
      pino({ level: 'silent' }),
      { sampleRate: ODD_RATE, admits: () => true },
      async (_participant, _sid, frames) => {
        for await (const frame of frames) {
          heard.push(frame.data);
          rates = rates.add(frame.sampleRate);
        }
      },
    );
    intake.start();
    const person = await join('person', false);
    const microphone = new AudioSource(48_000, 1, 100);
    await person.localParticipant!.publishTrack(
      LocalAudioTrack.createAudioTrack('microphone', microphone),
      new TrackPublishOptions({ source: TrackSource.SOURCE_MICROPHONE }),
    );
    const sent = tone(48_000, 2_000);
    for (let at = 0; at < sent.length; at += 480)
      await microphone.captureFrame(rtcAudioFrame(sent.subarray(at, at + 480), 48_000));
    await microphone.waitForPlayout();
    await new Promise((resolve) => setTimeout(resolve, 500));
    intake.close();
    // Every frame at 11025 Hz, 220.5 samples per 20 ms frame of the intake on average: some frames
    // carry 221 samples, where rtc-node's own conversion gives 220 every time (11000 Hz).
    const sizes = heard.map((frame) => frame.length);
    expect([...rates]).toEqual([ODD_RATE]);
    expect(sizes).toContain(221);
    expect(concatSamples(heard).some((sample) => Math.abs(sample) > 2000)).toBe(true);
  });

  it('plays a voice track at 11025 Hz that a person hears at the same pitch and length', async () => {
    const agent = await join('speaker', false);
    const listener = new Room();
    const heard: Int16Array[] = [];
    listener.on(RoomEvent.TrackSubscribed, async (track, _publication, participant) => {
      if (track.kind !== TrackKind.KIND_AUDIO || participant.identity !== 'speaker') return;
      for await (const frame of new AudioStream(track, { sampleRate: 48_000, numChannels: 1 }))
        heard.push(frame.data);
    });
    await listener.connect(livekit.url, await livekit.token('rates', 'listener'), {
      autoSubscribe: true,
      dynacast: false,
    });
    rooms.push(listener);
    const voice = new VoiceTrack(agent, ODD_RATE);
    await voice.publish();
    await new Promise((resolve) => setTimeout(resolve, 500));
    const said = tone(ODD_RATE, 1_500);
    for (let at = 0; at < said.length; at += 1_103) await voice.play(said.subarray(at, at + 1_103));
    await voice.drained();
    await new Promise((resolve) => setTimeout(resolve, 500));
    await voice.close();
    const samples = concatSamples(heard);
    expect(Math.abs(pitchHz(samples, 48_000) - 440)).toBeLessThan(440 * 0.03);
    const loudMs = (samples.filter((sample) => Math.abs(sample) > 2000).length / 48_000) * 1000;
    expect(loudMs).toBeGreaterThan(1_200);
    expect(loudMs).toBeLessThan(1_600);
  });
});
