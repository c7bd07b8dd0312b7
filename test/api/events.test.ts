// Scenarios: a backend follows a room's events over SSE while Alice talks with the echo agent. Two
// subscribers at once receive the same records in the same order — transcript lines (the same text
// Alice's client gets on lk.transcription), state changes in the order the agent went through them, and
// usage — and a third subscriber that never reads is cut off once it falls behind, while the others
// receive a flood of 600 records of 12 KB (in bursts the agents' feed queues whole) in full and in order.

import { connect } from 'node:net';
import { ParticipantKind, Room, type TextStreamReader } from '@livekit/rtc-node';
import { AccessToken } from 'livekit-server-sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AGENT_DEFINITION_ATTRIBUTE } from '../../src/dispatch/room-agents.js';
import { RoomEventFeed } from '../../src/room/event-feed.js';
import { TRANSCRIPTION_TOPIC } from '../../src/room/transcripts.js';
import { VoiceParticipant } from '../../src/room/voice-participant.js';
import { log } from '../../src/telemetry/log.js';
import { speechWav } from '../fixtures/speech.js';
import { type ApiStack, startApiStack } from '../harness/api-stack.js';
import { type EventStreamReader, openEventStream } from '../harness/sse.js';

const ROOM = 'sse-room';
let stack: ApiStack;
let alice: VoiceParticipant;
/** Final transcript lines Alice's client received on lk.transcription: [sender identity, text]. */
const heardLines: [string, string][] = [];

beforeAll(async () => {
  stack = await startApiStack({ maxBufferedBytes: 64 * 1024 });
  const { token, url } = (
    await stack.call('POST', '/v1/tokens', { room: ROOM, identity: 'alice', agent: 'plain-echo' })
  ).json as { token: string; url: string };
  alice = new VoiceParticipant();
  alice.room.registerTextStreamHandler(TRANSCRIPTION_TOPIC, (reader: TextStreamReader, sender) => {
    void reader.readAll().then((text) => {
      if (reader.info.attributes?.['lk.transcription_final'] === 'true')
        heardLines.push([sender.identity, text]);
    });
  });
  await alice.join(url, token);
  await alice.waitForParticipant((p) => p.attributes[AGENT_DEFINITION_ATTRIBUTE] === 'plain-echo', 120_000);
}, 400_000);

afterAll(async () => {
  await alice?.leave().catch(() => undefined);
  await stack?.close();
});

describe('room events over SSE', { timeout: 240_000 }, () => {
  let first: EventStreamReader;
  let second: EventStreamReader;

  it('gives two subscribers the same records, in the order the agent lived them', async () => {
    [first, second] = await Promise.all([
      openEventStream(stack.api.url, `/v1/rooms/${ROOM}/events`, stack.token),
      openEventStream(stack.api.url, `/v1/rooms/${ROOM}/events`, stack.token),
    ]);
    expect([first.status, second.status]).toEqual([200, 200]);
    await expect.poll(() => first.frames[0]?.event, { timeout: 20_000 }).toBe('ready');
    expect(first.frames[0]!.data).toMatchObject({ room: ROOM, agents: [{ agent: 'plain-echo' }] });

    await alice.untilAgentDone({ sinceMs: 0, quietMs: 1_000, giveUpMs: 30_000 });
    const spokeAt = await alice.speak(speechWav('hello', '48k'));
    expect(
      await alice.untilAgentDone({ sinceMs: spokeAt, quietMs: 1_500, giveUpMs: 30_000 }),
    ).toBeGreaterThan(1_000);
    await expect
      .poll(() => first.records.some((r) => r.type === 'usage' && r.at > Date.now() - 60_000), {
        timeout: 20_000,
      })
      .toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 1_500));

    const ids = (reader: EventStreamReader) => reader.frames.filter((f) => f.id).map((f) => f.id);
    expect(ids(second)).toEqual(ids(first));
    const records = first.records;
    // One agent, its sequence numbers strictly increasing: nothing reordered, nothing lost.
    const seqs = records.filter((r) => r.seq !== undefined).map((r) => r.seq!);
    expect(seqs.length).toBeGreaterThan(5);
    for (let i = 1; i < seqs.length; i++) expect(seqs[i]).toBeGreaterThan(seqs[i - 1]!);
    // The turn: Alice speaks, her turn reaches the model, the agent thinks, speaks, says the echo line, and
    // reports usage, then listens again.
    const afterSpeech = records.slice(records.findIndex((r) => r.type === 'speech_started'));
    const story = afterSpeech
      .filter(
        (r) =>
          ['speech_started', 'turn', 'state', 'usage'].includes(r.type) ||
          (r.type === 'transcript' && (r.data as { final: boolean }).final),
      )
      .map((r) => (r.type === 'state' ? `state:${(r.data as { state: string }).state}` : r.type));
    expect(story).toEqual(
      expect.arrayContaining([
        'speech_started',
        'turn',
        'state:thinking',
        'state:speaking',
        'transcript',
        'usage',
        'state:listening',
      ]),
    );
    const order = (name: string) => story.indexOf(name);
    expect(order('speech_started')).toBeLessThan(order('turn'));
    expect(order('turn')).toBeLessThan(order('state:thinking'));
    expect(order('state:thinking')).toBeLessThan(order('state:speaking'));
    expect(order('state:speaking')).toBeLessThan(story.lastIndexOf('state:listening'));
    expect(order('usage')).toBeGreaterThan(order('turn'));
    const turn = afterSpeech.find((r) => r.type === 'turn')!;
    expect(turn.data).toMatchObject({ speaker: { identity: 'alice' } });
    const usage = afterSpeech.find((r) => r.type === 'usage')!;
    expect((usage.data as { usage: { total_tokens: number } }).usage.total_tokens).toBeGreaterThan(0);
    // The transcript lines are the ones the room's clients received.
    const sseLines = records
      .filter((r) => r.type === 'transcript' && (r.data as { final: boolean }).final)
      .map((r) => [r.identity, (r.data as { text: string }).text]);
    await expect.poll(() => heardLines.length, { timeout: 20_000 }).toBeGreaterThanOrEqual(sseLines.length);
    expect(heardLines).toEqual(expect.arrayContaining(sseLines));
  });

  it('cuts off a subscriber that stops reading, while the others get every record of a flood in order', async () => {
    // A subscriber that sends its request and never reads the answer.
    const stalled = connect({ host: '127.0.0.1', port: Number(new URL(stack.api.url).port) });
    stalled.write(
      `GET /v1/rooms/${ROOM}/events HTTP/1.1\r\nhost: x\r\nauthorization: Bearer ${stack.token}\r\n\r\n`,
    );
    stalled.pause();
    let stalledClosed = false;
    stalled.once('close', () => {
      stalledClosed = true;
    });
    await expect
      .poll(
        async () =>
          ((await stack.call('GET', '/v1/metrics')).json as string).match(
            /roomvoice_sse_subscribers (\d+)/,
          )?.[1],
        { timeout: 20_000 },
      )
      .toBe('3');

    // A second agent floods the room's feed with records of ~1 KB through the same feed the agents use.
    const flooder = new Room();
    const token = new AccessToken(stack.livekit.apiKey, stack.livekit.apiSecret, { identity: 'agent-flood' });
    token.kind = 'agent';
    token.attributes = { [AGENT_DEFINITION_ATTRIBUTE]: 'flood' };
    token.addGrant({ room: ROOM, roomJoin: true, canPublishData: true, canPublish: false });
    await flooder.connect(stack.livekit.url, await token.toJwt(), { autoSubscribe: false, dynacast: false });
    expect(flooder.localParticipant?.kind ?? ParticipantKind.AGENT).toBe(ParticipantKind.AGENT);
    const feed = new RoomEventFeed(flooder, {
      agent: 'flood',
      observer: 'roomvoice-observer',
      snapshot: () => ({ state: 'listening' }),
      logger: log(),
    });
    // Records of 12 KB (a feed packet holds 14 KB): loopback's kernel buffers take about 4 MB of a stalled
    // reader's stream before the API's own buffer starts to grow, so the flood must be larger than that.
    const padding = 'p'.repeat(12_000);
    await expect
      .poll(() => first.records.some((r) => r.type === 'agent_joined' && r.identity === 'agent-flood'), {
        timeout: 30_000,
      })
      .toBe(true);
    const flood = (reader: EventStreamReader) =>
      reader.records
        .filter((r) => r.identity === 'agent-flood' && r.type === 'tool_call')
        .map((r) => (r.data as { i: number }).i);
    // In bursts of 200, each sent as fast as the feed takes it (it queues at most 1,000 records): 7.2 MB
    // in all, 3 MB more than the kernel and the API's 64 KB hold for the stalled subscriber.
    for (let burst = 0; burst < 3; burst++) {
      for (let i = burst * 200; i < (burst + 1) * 200; i++) feed.send('tool_call', { i, padding });
      await expect
        .poll(() => flood(first).length, { timeout: 60_000 })
        .toBeGreaterThanOrEqual((burst + 1) * 200);
    }
    await feed.close();
    await expect.poll(() => flood(first).length, { timeout: 60_000 }).toBe(600);
    await expect.poll(() => flood(second).length, { timeout: 60_000 }).toBe(600);
    expect(flood(first)).toEqual(Array.from({ length: 600 }, (_, i) => i));
    expect(flood(second)).toEqual(flood(first));
    const metrics = (await stack.call('GET', '/v1/metrics')).json as string;
    expect(metrics).toMatch(/roomvoice_sse_disconnects_total\{reason="overflow"\} 1/);
    expect(metrics).toMatch(/roomvoice_sse_subscribers 2/);
    // The stalled reader, reading at last, finds its stream closed well before the flood's end.
    let stalledBytes = 0;
    stalled.on('data', (chunk: Buffer) => {
      stalledBytes += chunk.length;
    });
    stalled.resume();
    await expect.poll(() => stalledClosed, { timeout: 30_000 }).toBe(true);
    expect(stalledBytes).toBeLessThan(600 * padding.length);
    await flooder.disconnect();
    first.close();
    second.close();
  });
});
