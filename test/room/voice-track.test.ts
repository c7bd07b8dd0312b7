// The agent's voice track in a real room, without the relay or a model: a six-second chirp handed to the
// playout at once (so every 20 ms frame is a view into one larger buffer, as model deltas are) is heard by
// a listener as it was sent, 20 ms on in every 20 ms; and when speech is cut, what the track says was heard
// is what the listener got, by the chirp's pitch. Speech played as the track is published waits for the
// listener: it is heard from its first frame, and none of it when it is cut while it waits.
import { dispose, Room } from '@livekit/rtc-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { concatSamples } from '../../src/audio/pcm.js';
import { readWav } from '../../src/audio/wav.js';
import { Playout } from '../../src/relay/speech-output.js';
import { VoiceParticipant } from '../../src/room/voice-participant.js';
import { VoiceTrack } from '../../src/room/voice-track.js';
import { soundWav } from '../fixtures/speech.js';
import { chirpHeardMs, chirpOrder, chirpStartMs } from '../harness/chirp.js';
import { startTestLiveKit, type TestLiveKit } from '../harness/livekit.js';
import { quietLogger } from '../harness/room-agent.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('the voice track', { timeout: 60_000 }, () => {
  let livekit: TestLiveKit;
  const agent = new Room();
  const listener = new VoiceParticipant();
  let chirp: Int16Array;
  /** What the listener heard on `track` since frame `from` (each track is its own stream). */
  const heardOn = (track: string, from: number) =>
    concatSamples(listener.frames.filter((_, i) => i >= from && listener.heard[i]!.track === track));

  beforeAll(async () => {
    livekit = await startTestLiveKit();
    // The listener subscribes to agents' tracks only.
    await agent.connect(livekit.url, await livekit.agentToken('voice', 'agent'), {
      autoSubscribe: false,
      dynacast: false,
    });
    await listener.join(livekit.url, await livekit.token('voice', 'listener'));
    chirp = (await readWav(soundWav('chirp-6s-24k'))).samples;
  });
  afterAll(async () => {
    await listener.leave();
    await agent.disconnect();
    await livekit?.close();
    await dispose();
  });

  it('is heard as sent, and a cut is counted to what the listener got', async () => {
    const voice = new VoiceTrack(agent, 24_000);
    await voice.publish();
    const playout = new Playout(voice, quietLogger);
    // The listener's stream of the track has begun (it yields frames, silent ones too, once subscribed).
    await expect.poll(() => listener.heard.length, { timeout: 10_000 }).toBeGreaterThan(0);

    for (const cutAfterMs of [2_600, 3_300]) {
      const from = listener.frames.length;
      playout.play(`item_${cutAfterMs}`, chirp);
      await sleep(cutAfterMs);
      const cut = playout.interrupt()!;
      await sleep(1_000);
      const heard = heardOn('agent-voice', from);
      const order = chirpOrder(heard, 48_000);
      expect(order.steps).toBeGreaterThan(50);
      expect(order.inOrder).toBeGreaterThan(0.9);
      expect(Math.abs(cut.heardMs - chirpHeardMs(heard, 48_000)!)).toBeLessThanOrEqual(20);
    }
    await voice.close();
  });

  it('holds speech played as it is published until a listener hears the track: heard from its start', async () => {
    // A track of its own name: the listener's stream of the earlier one goes on yielding silent frames.
    const voice = new VoiceTrack(agent, 24_000, 'agent-greeting');
    const playout = new Playout(voice, quietLogger);
    const from = listener.frames.length;
    // As a greeting is: the first speech reaches the track while its publication is still being negotiated.
    playout.play('item_greeting', chirp.subarray(0, 24 * 1_500));
    await expect.poll(() => playout.speaking, { timeout: 10_000 }).toBe(false);
    await sleep(500);
    const heard = heardOn('agent-greeting', from);
    expect(chirpStartMs(heard, 48_000)).toBeLessThanOrEqual(20);
    expect(chirpHeardMs(heard, 48_000)).toBeGreaterThan(1_480);
    await voice.close();
  });

  it('drops speech cut while it waits for the first listener: none of it heard, none counted', async () => {
    const voice = new VoiceTrack(agent, 24_000, 'agent-cut-early');
    const playout = new Playout(voice, quietLogger);
    const from = listener.frames.length;
    playout.play('item_cut_early', chirp.subarray(0, 24 * 1_000));
    // Cut at once: the first frame still waits for the publication, let alone a listener.
    expect(playout.interrupt()).toEqual({ itemId: 'item_cut_early', heardMs: 0 });
    await sleep(1_500);
    const heard = heardOn('agent-cut-early', from);
    expect(heard.some((sample) => Math.abs(sample) > 2_000)).toBe(false);
    await voice.close();
  });

  it('closed while its publication is under way, it is not left published', async () => {
    const voice = new VoiceTrack(agent, 24_000, 'agent-closed-early');
    const published = voice.publish();
    await voice.close();
    await published;
    await sleep(500);
    const names = [...agent.localParticipant!.trackPublications.values()].map((track) => track.name);
    expect(names).not.toContain('agent-closed-early');
  });
});
