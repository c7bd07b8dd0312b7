// Someone speaks to the engine with input transcription switched on, and the engine's own recogniser
// (pocketsphinx) writes down what they said: in the background, after the user item is announced, never
// holding up the answer. The transcript is kept in the item's stored part (conversation.item.retrieve),
// and the echo speaks it as its reply's transcript when it is known by then.
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pcm16ToBase64 } from '../../src/audio/base64.js';
import { type RunningEngine, startEngine } from '../../src/engine/index.js';
import { USER_ITEM_COMMITTED, USER_ITEM_TRANSCRIBED, USER_TURN_BY_VAD } from '../fixtures/hosted-order.js';
import { eventually, recogniserWorkers } from './recogniser-processes.js';
import { type AnyEvent, speech24k, WireClient } from './wire-client.js';

/** Recognition is CPU-bound: on a busy two-core machine one utterance can take tens of seconds. */
const RECOGNITION_TIMEOUT_MS = 120_000;

const TRANSCRIPTION = { model: 'gpt-4o-transcribe', language: 'en' };
const SERVER_VAD = { type: 'server_vad', silence_duration_ms: 600 };
const ASSISTANT = /\bassistant\b/;

const DELTA = 'conversation.item.input_audio_transcription.delta';
const COMPLETED = 'conversation.item.input_audio_transcription.completed';
const FAILED = 'conversation.item.input_audio_transcription.failed';

/** The events about one item (its commit, announcement and transcription), by type, in arrival order. */
function itemEvents(client: WireClient, itemId: string): string[] {
  return client.events
    .filter(
      (e) =>
        e.item_id === itemId ||
        ((e.type === 'conversation.item.added' || e.type === 'conversation.item.done') &&
          (e.item as { id: string }).id === itemId),
    )
    .map((e) => e.type);
}

const transcriptionEvents = (client: WireClient) =>
  client.events.filter((e) => e.type.startsWith('conversation.item.input_audio_transcription.'));

async function connect(engine: RunningEngine, input: Record<string, unknown>): Promise<WireClient> {
  const client = await WireClient.connect(engine.url);
  const updated = await client.update({ type: 'realtime', audio: { input } });
  expect(updated.type).toBe('session.updated');
  return client;
}

describe('input transcription by the engine', { timeout: RECOGNITION_TIMEOUT_MS }, () => {
  let engine: RunningEngine;
  beforeAll(async () => {
    engine = await startEngine({ pacing: { speed: 20 } });
  });
  afterAll(() => engine?.close());

  it('a server VAD turn: committed and added, then deltas and completed, while the echo answers at once', async () => {
    const client = await connect(engine, { transcription: TRANSCRIPTION, turn_detection: SERVER_VAD });
    client.appendAudio(await speech24k('ask-assistant'));
    const completed = await client.next(COMPLETED);
    const committed = await client.next('input_audio_buffer.committed');
    const userItem = committed.item_id as string;
    expect(completed).toMatchObject({ item_id: userItem, content_index: 0 });
    const transcript = completed.transcript as string;
    expect(transcript).toMatch(ASSISTANT);

    // The item is announced first, then its transcription: deltas that add up to the transcript.
    expect(itemEvents(client, userItem).filter((t, i, all) => t !== DELTA || all[i - 1] !== DELTA)).toEqual([
      ...USER_TURN_BY_VAD,
      ...USER_ITEM_COMMITTED,
      ...USER_ITEM_TRANSCRIBED,
    ]);
    const deltas = client.events.filter((e) => e.type === DELTA && e.item_id === userItem);
    expect(deltas.map((e) => e.delta).join('')).toBe(transcript);
    for (const delta of deltas) expect(delta.content_index).toBe(0);
    const stopped = await client.next('input_audio_buffer.speech_stopped');
    const started = await client.next('input_audio_buffer.speech_started');
    const turnSeconds = ((stopped.audio_end_ms as number) - (started.audio_start_ms as number)) / 1000;
    expect(completed.usage).toEqual({ type: 'duration', seconds: expect.closeTo(turnSeconds, 1) });

    // The answer did not wait for the transcript: it was under way before the transcript landed, so the
    // echo could not know the words yet.
    const types = client.types();
    expect(types.indexOf('response.created')).toBeLessThan(types.indexOf(COMPLETED));
    const answer = await client.next('response.output_audio_transcript.done');
    expect(answer.transcript).toMatch(/^\(echo of \d+ ms\)$/);

    // The stored item has the transcript now.
    client.send({ type: 'conversation.item.retrieve', item_id: userItem });
    const retrieved = await client.next('conversation.item.retrieved');
    expect((retrieved.item as { content: { transcript: string }[] }).content[0]!.transcript).toBe(transcript);
    client.close();
  });

  it('a client-created item with a name and audio: its audio part is transcribed, and the echo says the words', async () => {
    const client = await connect(engine, { transcription: TRANSCRIPTION, turn_detection: null });
    client.send({
      type: 'conversation.item.create',
      item: {
        type: 'message',
        role: 'user',
        content: [
          { type: 'input_text', text: '[Alice]' },
          { type: 'input_audio', audio: pcm16ToBase64(await speech24k('assistant-said')) },
        ],
      },
    });
    const completed = await client.next(COMPLETED);
    const added = await client.next('conversation.item.added');
    const itemId = (added.item as { id: string }).id;
    expect(completed).toMatchObject({ item_id: itemId, content_index: 1 });
    expect(completed.transcript).toMatch(ASSISTANT);
    const types = itemEvents(client, itemId);
    expect(types.slice(0, 2)).toEqual(['conversation.item.added', 'conversation.item.done']);
    expect(types.at(-1)).toBe(COMPLETED);
    expect(types.slice(2, -1).every((t) => t === DELTA) && types.length > 3).toBe(true);

    // Once the transcript is known, the echo's reply carries the user's words.
    client.send({ type: 'response.create' });
    const answer = await client.next('response.output_audio_transcript.done');
    expect(answer.transcript).toBe(completed.transcript);
    await client.next('response.done');
    client.close();
  });

  it('with transcription off, a turn gets no transcription events (while another session is transcribed)', async () => {
    const silent = await connect(engine, { turn_detection: SERVER_VAD });
    const transcribed = await connect(engine, { transcription: TRANSCRIPTION, turn_detection: null });
    silent.appendAudio(await speech24k('ask-assistant'));
    const committed = await silent.next('input_audio_buffer.committed');
    // The recogniser serves utterances in order: one queued for the silent session would land first.
    transcribed.appendAudio(await speech24k('short'));
    transcribed.send({ type: 'input_audio_buffer.commit' });
    await transcribed.next(COMPLETED);
    await silent.next('response.done');
    expect(transcriptionEvents(silent)).toEqual([]);
    silent.send({ type: 'conversation.item.retrieve', item_id: committed.item_id });
    const retrieved = await silent.next('conversation.item.retrieved');
    expect((retrieved.item as { content: { transcript: unknown }[] }).content[0]!.transcript).toBeNull();
    silent.close();
    transcribed.close();
  });

  it('an item deleted before its transcript lands gets none; a manual commit after it does', async () => {
    const client = await connect(engine, { transcription: TRANSCRIPTION, turn_detection: null });
    client.send({
      type: 'conversation.item.create',
      item: {
        id: 'item_deleted',
        type: 'message',
        role: 'user',
        content: [{ type: 'input_audio', audio: pcm16ToBase64(await speech24k('assistant-said')) }],
      },
    });
    client.send({ type: 'conversation.item.delete', item_id: 'item_deleted' });
    client.appendAudio(await speech24k('ask-assistant'));
    client.send({ type: 'input_audio_buffer.commit' });
    const committed = await client.next('input_audio_buffer.committed');
    const completed = await client.next(COMPLETED);
    expect(completed.item_id).toBe(committed.item_id);
    expect(completed.transcript).toMatch(ASSISTANT);
    expect(transcriptionEvents(client).filter((e: AnyEvent) => e.item_id === 'item_deleted')).toEqual([]);
    client.close();
  });

  it('runs one recogniser process for the engine, gone once the engine closes', async () => {
    const own = await startEngine();
    const before = new Set(recogniserWorkers());
    const client = await connect(own, { transcription: TRANSCRIPTION, turn_detection: null });
    // Asking for transcription starts the recogniser, so the first turn does not wait for its model.
    await eventually(() => recogniserWorkers().some((pid) => !before.has(pid)));
    const workers = recogniserWorkers().filter((pid) => !before.has(pid));
    expect(workers).toHaveLength(1);
    client.appendAudio(await speech24k('short'));
    client.send({ type: 'input_audio_buffer.commit' });
    await client.next(COMPLETED);
    expect(recogniserWorkers().filter((pid) => !before.has(pid))).toEqual(workers);
    await own.close();
    expect(recogniserWorkers().filter((pid) => !before.has(pid))).toEqual([]);
  });
});

describe('an engine whose recogniser cannot run', { timeout: RECOGNITION_TIMEOUT_MS }, () => {
  let engine: RunningEngine;
  beforeAll(async () => {
    engine = await startEngine({
      pacing: { speed: 20 },
      transcription: { python: '/nonexistent/python3' },
      log: pino({ level: 'silent' }),
    });
  });
  afterAll(() => engine?.close());

  it('answers the turn and reports the transcription failed, saying what to install', async () => {
    const client = await connect(engine, { transcription: TRANSCRIPTION, turn_detection: SERVER_VAD });
    client.appendAudio(await speech24k('short'));
    const failed = await client.next(FAILED);
    const committed = await client.next('input_audio_buffer.committed');
    expect(failed).toMatchObject({
      item_id: committed.item_id,
      content_index: 0,
      error: { type: 'transcription_error', code: 'transcription_unavailable', param: null },
    });
    const message = (failed.error as { message: string }).message;
    expect(message).toContain('/nonexistent/python3 was not found');
    expect(message).toContain('apt-get install pocketsphinx pocketsphinx-en-us');
    const done = await client.next('response.done');
    expect(done.response).toMatchObject({ status: 'completed' });
    expect(transcriptionEvents(client).map((e) => e.type)).toEqual([FAILED]);
    client.close();
  });
});
