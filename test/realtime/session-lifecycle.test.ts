// Session configuration and lifetime against the local engine: reasoning reaches only models that take
// it, a refused configuration says whose fault it is, a refused update keeps the session working, and
// a session the server expires is replaced with its conversation.
import { afterEach, describe, expect, it } from 'vitest';
import { echoBehaviour, type RunningEngine } from '../../src/engine/index.js';
import { RealtimeClient, RealtimeServiceError } from '../../src/realtime/index.js';
import { clientFor, engine, quiet, retrieveAll, speak, turnDetection } from './harness.js';

let running: RunningEngine | undefined;
let client: RealtimeClient | undefined;
afterEach(async () => {
  client?.close();
  await running?.close();
});

describe('session configuration', () => {
  it('sends reasoning to gpt-realtime-2 and the engine applies it', async () => {
    running = await engine(echoBehaviour());
    client = clientFor(running, {
      session: { model: 'gpt-realtime-2', reasoningEffort: 'medium', turnDetection },
    });
    const updated = client.next('session.updated');
    await client.connect();
    expect((await updated).session).toMatchObject({
      model: 'gpt-realtime-2',
      reasoning: { effort: 'medium' },
    });
  });

  it('leaves reasoning out for gpt-realtime, so the engine accepts the session', async () => {
    running = await engine(echoBehaviour());
    client = clientFor(running, {
      session: { model: 'gpt-realtime', reasoningEffort: 'medium', turnDetection },
    });
    const updated = client.next('session.updated');
    await client.connect();
    expect((await updated).session).not.toHaveProperty('reasoning');
  });

  it('reports a configuration the server refuses as a fatal configuration fault, naming the field', async () => {
    running = await engine(echoBehaviour());
    // A compatible server wrongly declared to reason: the engine refuses the whole update.
    client = new RealtimeClient(
      {
        provider: {
          provider: 'compatible',
          url: running.url,
          headers: { Authorization: 'Bearer k' },
          reasoning: true,
        },
        session: { reasoningEffort: 'low' },
      },
      { logger: quiet },
    );
    const failure = await client.connect().catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(RealtimeServiceError);
    expect(failure).toMatchObject({
      disposition: 'fatal',
      fault: 'configuration',
      code: 'unknown_parameter',
      param: 'session.reasoning',
    });
    expect(client.state).toBe('closed');
  });

  it('closes cleanly when closed while still connecting', async () => {
    running = await engine(echoBehaviour());
    client = clientFor(running);
    const connecting = client.connect();
    client.close();
    await expect(connecting).rejects.toMatchObject({ code: 'REALTIME_NOT_CONNECTED' });
    expect(client.state).toBe('closed');
  });

  it('keeps the session and its config when a later update is refused (voice locked after audio)', async () => {
    running = await engine(echoBehaviour());
    client = clientFor(running);
    await client.connect();
    const answered = client.next('response.done');
    await speak(client, 'short');
    await answered;

    const refusal = await client.updateSession({ voice: 'cedar' }).catch((error: unknown) => error);
    expect(refusal).toMatchObject({ code: 'cannot_update_voice', fault: 'configuration' });
    expect(client.config.voice).toBe('marin');
    expect(client.state).toBe('ready');
    await client.updateSession({ instructions: 'Answer in one sentence.' });
    expect(client.config.instructions).toBe('Answer in one sentence.');
  });
});

describe('manual turns and response serialization', () => {
  it('never commits less than 100 ms, and answers a committed turn when asked', async () => {
    running = await engine(echoBehaviour());
    client = clientFor(running, { session: { turnDetection: { type: 'none' } } });
    await client.connect();
    const errors: string[] = [];
    client.on('error', (event) => errors.push(event.error.code ?? ''));

    client.appendAudio(new Int16Array(1_200)); // 50 ms
    expect(client.commitAudio()).toBe(false);
    client.appendAudio(new Int16Array(24_000)); // 1 s more
    const committed = client.next('input_audio_buffer.committed');
    expect(client.commitAudio()).toBe(true);
    await committed;
    const done = client.next('response.done');
    client.createResponse();
    expect((await done).response.status).toBe('completed');
    expect(errors).toEqual([]);
  });

  it('queues creates behind the active response and runs an out-of-band one alongside, with no collisions', async () => {
    running = await engine(echoBehaviour(), { pacing: { speed: 2 } });
    client = clientFor(running, { session: { turnDetection: { type: 'none' } } });
    await client.connect();
    const log: string[] = [];
    client.on('response.created', (event) =>
      log.push(`created ${event.response.conversation_id === null ? 'oob' : 'default'}`),
    );
    client.on('response.done', (event) =>
      log.push(`done ${event.response.conversation_id === null ? 'oob' : 'default'}`),
    );
    client.on('error', (event) => log.push(`error ${event.error.code}`));
    const outOfBand = client.next('response.done', (event) => event.response.conversation_id === null);

    client.createItem({ type: 'message', role: 'user', content: [{ type: 'input_text', text: 'one' }] });
    client.createResponse();
    client.createResponse();
    await client.next('response.created');
    client.createResponse({
      conversation: 'none',
      output_modalities: ['text'],
      metadata: { purpose: 'summary' },
      input: [{ type: 'message', role: 'user', content: [{ type: 'input_text', text: 'Summarise.' }] }],
    });

    const oob = (await outOfBand).response;
    expect(oob).toMatchObject({
      conversation_id: null,
      metadata: { purpose: 'summary' },
      status: 'completed',
    });
    while (log.filter((entry) => entry === 'done default').length < 2) await client.next('response.done');
    expect(log.filter((entry) => entry.startsWith('error'))).toEqual([]);
    const defaults = log.filter((entry) => entry.endsWith('default'));
    expect(defaults).toEqual(['created default', 'done default', 'created default', 'done default']);
    // Out-of-band responses write nothing into the conversation.
    expect(client.conversation.map((item) => (item.kind === 'message' ? item.role : item.kind))).toEqual([
      'user',
      'assistant',
      'assistant',
    ]);
  });
});

describe('conversation items', () => {
  it('deletes an item on the server and from the mirror, and deletes a reply nobody heard instead of truncating it', async () => {
    running = await engine(echoBehaviour());
    client = clientFor(running);
    const live = client;
    await live.connect();
    const answered = live.next('response.done');
    await speak(live, 'short');
    await answered;
    const [user, reply] = live.conversation;

    const replyDeleted = live.next('conversation.item.deleted');
    expect(live.truncateItem({ itemId: reply?.id ?? '', playedMs: 0 })).toBe('deleted');
    expect((await replyDeleted).item_id).toBe(reply?.id);

    const userDeleted = live.next('conversation.item.deleted');
    live.deleteItem(user?.id ?? '');
    await userDeleted;
    expect(live.conversation).toEqual([]);
    expect(live.truncateItem({ itemId: user?.id ?? '', playedMs: 500 })).toBe('skipped');
  });
});

describe('a session the server announces to be short', () => {
  it('is rolled over before it expires, each time, with the conversation carried over', async () => {
    // The engine ends sessions after 2 s and says so in expires_at; the client's own cap is the default hour.
    running = await engine(echoBehaviour(), { sessionCapMs: 2_000 });
    client = clientFor(running, { session: { turnDetection: { type: 'none' } } });
    const live = client;
    const serviceErrors: string[] = [];
    live.on('service_error', (error) => serviceErrors.push(error.code ?? error.type));
    await live.connect();
    live.createItem({
      type: 'message',
      role: 'user',
      content: [{ type: 'input_text', text: 'remember me' }],
    });
    const item = (await live.next('conversation.item.added')).item;

    const first = await live.next('rollover');
    const second = await live.next('rollover');
    expect([first.replayedItems, second.replayedItems]).toEqual([1, 1]);
    expect(second.previousSessionId).toBe(first.sessionId);
    expect(serviceErrors).toEqual([]); // never session_expired
    expect(await retrieveAll(live)).toEqual([item.id]);
    expect(live.conversation[0]).toMatchObject({ kind: 'message', role: 'user', text: 'remember me' });
  });
});
