// A person talks over the agent: the reply stops, the model's memory is cut to what was actually
// played (a playout clock fed by the deltas knows that), and the new turn is answered.
import { afterEach, describe, expect, it } from 'vitest';
import { echoBehaviour, type RunningEngine } from '../../src/engine/index.js';
import type { RealtimeClient, TruncateOutcome } from '../../src/realtime/index.js';
import { clientFor, engine, PlayoutClock, recordEvents, speak, speakLive } from './harness.js';

let running: RunningEngine | undefined;
let client: RealtimeClient | undefined;
afterEach(async () => {
  client?.close();
  await running?.close();
});

const STEPS = new Set([
  'input_audio_buffer.speech_started',
  'input_audio_buffer.speech_stopped',
  'input_audio_buffer.committed',
  'response.created',
  'response.done',
  'conversation.item.truncated',
]);

/** After the person cuts in: the cut answer ends, is truncated, then their turn is taken and answered. */
const BARGE_IN_STEPS = [
  'input_audio_buffer.speech_started',
  'response.done',
  'conversation.item.truncated',
  'input_audio_buffer.speech_stopped',
  'input_audio_buffer.committed',
  'response.created',
  'response.done',
];

/** The steps of the recording from the second speech_started (the barge-in) on. */
function stepsFromBargeIn(types: string[]): string[] {
  const steps = types.filter((type) => STEPS.has(type));
  return steps.slice(steps.indexOf('input_audio_buffer.speech_started', 1));
}

/**
 * Plays the first reply at half the speed it arrives; after five deltas the person starts talking
 * (in real time, as a microphone delivers it).
 * On the server's speech_started the client stops playout and interrupts.
 */
async function talkOver(interruptResponse: boolean) {
  running = await engine(echoBehaviour(), { pacing: { speed: 2 } });
  client = clientFor(running, {
    session: {
      voice: 'marin',
      turnDetection: { type: 'server_vad', silenceDurationMs: 600, interruptResponse },
    },
  });
  await client.connect();
  const live = client;
  const clock = new PlayoutClock();
  let playing: string | undefined;
  let deltas = 0;
  let outcome: TruncateOutcome | undefined;
  let bargedIn = false;
  const recorded = recordEvents(live);

  live.on('response.output_audio.delta', (event) => {
    if (bargedIn) return;
    const ms = Buffer.byteLength(event.delta, 'base64') / 48;
    playing = event.item_id;
    clock.enqueue(event.item_id, ms);
    clock.advance(ms / 2);
    deltas += 1;
    if (deltas === 5) void speakLive(live, 'interrupt');
  });
  live.on('input_audio_buffer.speech_started', () => {
    if (bargedIn || playing === undefined) return;
    bargedIn = true;
    clock.flush();
    outcome = live.interrupt({
      bySpeech: true,
      playback: { itemId: playing, playedMs: clock.playedMs(playing) },
    });
  });

  const firstDone = live.next('response.done');
  await speak(live, 'hello');
  const first = (await firstDone).response;
  const second = (await live.next('response.done')).response;
  const itemId = playing ?? '';
  return { first, second, recorded, outcome, itemId, playedMs: clock.playedMs(itemId), client: live };
}

describe('a barge-in', () => {
  it('lets the server cancel (interrupt_response on), then truncates to the played audio', async () => {
    const { first, second, recorded, outcome, itemId, playedMs, client: live } = await talkOver(true);
    const truncated = recorded.events.find((event) => event.type === 'conversation.item.truncated');

    expect(outcome).toBe('truncated');
    expect(first).toMatchObject({
      status: 'cancelled',
      status_details: { type: 'cancelled', reason: 'turn_detected' },
    });
    expect(second.status).toBe('completed');
    expect(stepsFromBargeIn(recorded.types)).toEqual(BARGE_IN_STEPS);
    expect(truncated).toMatchObject({ item_id: itemId, audio_end_ms: Math.floor(playedMs) });
    expect(recorded.types).not.toContain('error');

    // The engine's copy of the reply now holds only the audio that was heard.
    const retrieved = await live.retrieveItem(itemId);
    const audio =
      retrieved.type === 'message'
        ? retrieved.content.find((part) => 'audio' in part && part.audio)
        : undefined;
    const heardMs = Buffer.byteLength((audio && 'audio' in audio && audio.audio) || '', 'base64') / 48;
    expect(Math.abs(heardMs - Math.floor(playedMs))).toBeLessThanOrEqual(1);
    expect(live.conversation.find((item) => item.id === itemId)).toMatchObject({
      truncatedAtMs: Math.floor(playedMs),
    });
  });

  it('cancels itself (interrupt_response off), then truncates to the played audio', async () => {
    const { first, second, recorded, outcome, itemId, playedMs } = await talkOver(false);

    expect(outcome).toBe('truncated');
    expect(first).toMatchObject({
      status: 'cancelled',
      status_details: { type: 'cancelled', reason: 'client_cancelled' },
    });
    expect(second.status).toBe('completed');
    expect(stepsFromBargeIn(recorded.types)).toEqual(BARGE_IN_STEPS);
    expect(recorded.events.find((event) => event.type === 'conversation.item.truncated')).toMatchObject({
      item_id: itemId,
      audio_end_ms: Math.floor(playedMs),
    });
  });
});
