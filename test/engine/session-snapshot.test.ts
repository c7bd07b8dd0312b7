// What the engine holds, read from outside it: two people take turns with an echo engine that transcribes
// them, and engine.sessions() shows every turn in speaking order, attributed to the right speaker, with
// the words of each; closed sessions stay readable (the last few), open ones show work still pending.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pcm16ToBase64 } from '../../src/audio/base64.js';
import { CLOSED_SESSIONS_KEPT, type RunningEngine, startEngine } from '../../src/engine/index.js';
import { eventually } from './recogniser-processes.js';
import { speech24k, WireClient } from './wire-client.js';

let engine: RunningEngine;
beforeAll(async () => {
  engine = await startEngine({ pacing: { speed: 20 } });
});
afterAll(() => engine?.close());

const sessionId = (client: WireClient) => (client.events[0]!.session as { id: string }).id;
const snapshotOf = (client: WireClient) => engine.sessions().find((s) => s.id === sessionId(client));

describe('the engine’s sessions, seen from outside', () => {
  it('hold every turn in speaking order, with its speaker and words', { timeout: 120_000 }, async () => {
    const client = await WireClient.connect(engine.url);
    await client.update({
      type: 'realtime',
      audio: { input: { turn_detection: null, transcription: { model: 'gpt-4o-transcribe' } } },
    });
    client.send({
      type: 'conversation.item.create',
      item: {
        type: 'message',
        role: 'user',
        content: [
          { type: 'input_text', text: '[Alice]' },
          { type: 'input_audio', audio: pcm16ToBase64(await speech24k('ask-assistant')) },
        ],
      },
    });
    await client.next('conversation.item.done');
    // Alice's words are still being recognised.
    expect(snapshotOf(client)).toMatchObject({
      open: true,
      transcriptionsPending: 1,
      items: [{ role: 'user', content: [{ text: '[Alice]' }, { type: 'input_audio', transcript: null }] }],
    });
    const alice = (await client.next('conversation.item.input_audio_transcription.completed'))
      .transcript as string;
    client.send({ type: 'response.create' });
    await client.next('response.done');
    const afterAlice = client.events.length;
    client.send({
      type: 'conversation.item.create',
      item: { type: 'message', role: 'user', content: [{ type: 'input_text', text: '[Bob] Thanks.' }] },
    });
    client.send({ type: 'response.create' });
    await client.next('response.done', () => true, afterAlice);

    const snapshot = snapshotOf(client)!;
    expect(snapshot.transcriptionsPending).toBe(0);
    expect(
      snapshot.items.map((item) =>
        item.type === 'message'
          ? [item.role, item.content.map((part) => part.text ?? part.transcript).join(' ')]
          : [item.type],
      ),
    ).toEqual([
      ['user', `[Alice] ${alice}`],
      ['assistant', alice],
      ['user', '[Bob] Thanks.'],
      ['assistant', '[Bob] Thanks.'],
    ]);
    expect(alice).toMatch(/\bassistant\b/);
    expect(snapshot.items[0]).toMatchObject({ type: 'message', audioMs: expect.closeTo(4_348, -1) });

    // Once the client leaves, the engine still shows what the session held.
    client.close();
    await eventually(() => snapshotOf(client)?.open === false);
    expect(snapshotOf(client)!.items).toEqual(snapshot.items);
  });

  it(`keeps the last ${CLOSED_SESSIONS_KEPT} closed sessions`, async () => {
    const ids: string[] = [];
    for (let i = 0; i <= CLOSED_SESSIONS_KEPT; i++) {
      const client = await WireClient.connect(engine.url);
      ids.push(sessionId(client));
      client.close();
      await eventually(() => snapshotOf(client)?.open === false);
    }
    const closed = engine.sessions().filter((s) => !s.open);
    expect(closed.map((s) => s.id)).toEqual(ids.slice(1));
  });
});
