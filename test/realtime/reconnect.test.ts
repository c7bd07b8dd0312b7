// The engine drops the socket in the middle of a reply. The client opens a new session, gives it the
// conversation back (as text), asks again for the reply that was cut off, and the next turn works.
import { afterEach, describe, expect, it } from 'vitest';
import { type Behaviour, echoBehaviour, type RunningEngine } from '../../src/engine/index.js';
import { UNTRANSCRIBED_SPEECH } from '../../src/realtime/conversation.js';
import type { RealtimeClient, ReconnectedEvent } from '../../src/realtime/index.js';
import { clientFor, engine, speak, speechFrames } from './harness.js';

let running: RunningEngine | undefined;
let client: RealtimeClient | undefined;
afterEach(async () => {
  client?.close();
  await running?.close();
});

/** Echo, except that the engine's second reply (counted across sessions) drops the socket mid-stream. */
function echoDroppingSecondReply(): Behaviour {
  const echo = echoBehaviour();
  let replies = 0;
  return {
    name: 'echo-dropping-second-reply',
    async reply(turn) {
      const plan = await echo.reply(turn);
      replies += 1;
      return replies === 2 ? { ...plan, disconnectAfterMs: 100 } : plan;
    },
  };
}

describe('a dropped socket', () => {
  it('is reconnected with the history restored, the cut-off reply asked again, and the next turn answered', async () => {
    running = await engine(echoDroppingSecondReply(), { pacing: { speed: 2 } });
    client = clientFor(running, { reconnect: { maxAttempts: 5, initialDelayMs: 50, maxDelayMs: 500 } });
    await client.connect();
    const firstSession = client.sessionId;

    const firstDone = client.next('response.done');
    await speak(client, 'hello');
    await firstDone;
    const [user1, reply1] = client.conversation;

    const reconnected = client.next('reconnected');
    await speak(client, 'question');
    const event: ReconnectedEvent = await reconnected;
    expect(event).toMatchObject({
      previousSessionId: firstSession,
      replayedItems: 3,
      interruptedResponseId: expect.stringMatching(/^resp_/),
      rerequested: true,
      droppedItemIds: [expect.stringMatching(/^item_/)],
    });
    expect(client.sessionId).not.toBe(firstSession);

    // The reply that was cut off is asked for again on the new session.
    const redone = (await client.next('response.done')).response;
    expect(redone.status).toBe('completed');

    // The new session holds the history, under the same item ids, as text.
    const user2 = client.conversation[2];
    expect(await client.retrieveItem(user1?.id ?? '')).toMatchObject({
      role: 'user',
      content: [{ type: 'input_text', text: UNTRANSCRIBED_SPEECH }],
    });
    expect(await client.retrieveItem(reply1?.id ?? '')).toMatchObject({
      role: 'assistant',
      content: [{ type: 'output_text', text: expect.stringMatching(/echo of \d+ ms/) }],
    });
    expect(await client.retrieveItem(user2?.id ?? '')).toMatchObject({ role: 'user' });

    // And the next spoken turn works as before.
    const nextDone = client.next('response.done');
    await speak(client, 'short');
    expect((await nextDone).response.status).toBe('completed');
    expect(client.conversation.map((item) => (item.kind === 'message' ? item.role : item.kind))).toEqual([
      'user',
      'assistant',
      'user',
      'assistant',
      'user',
      'assistant',
    ]);
    // Usage counts the three responses that finished; the cut-off one never reported any.
    expect(client.usage.responses).toBe(3);
  });

  it('survives the engine restarting mid-sentence: the words already sent are sent again', async () => {
    running = await engine(echoBehaviour());
    const port = running.port;
    client = clientFor(running, { reconnect: { maxAttempts: 40, initialDelayMs: 50, maxDelayMs: 100 } });
    const live = client;
    await live.connect();
    const frames = await speechFrames('hello');
    const half = Math.floor(frames.length / 2);

    const started = live.next('input_audio_buffer.speech_started');
    for (const frame of frames.slice(0, half)) live.appendAudio(frame);
    await started; // the engine is hearing the sentence when it goes away
    const reconnecting = live.next('state', (state) => state === 'reconnecting');
    await running.close();
    await reconnecting;
    running = await engine(echoBehaviour(), { port });
    const event = await live.next('reconnected');
    expect(event.resentAudioMs).toBeGreaterThan(1_000);
    expect(event.replayedItems).toBe(0);

    const done = live.next('response.done');
    for (const frame of frames.slice(half)) live.appendAudio(frame);
    expect((await done).response.status).toBe('completed');
    // The echo is of the whole sentence, both halves: nothing said before the restart was lost.
    const reply = live.conversation[1];
    const echoedMs = Number(/echo of (\d+) ms/.exec(reply?.kind === 'message' ? reply.transcript : '')?.[1]);
    const sentenceMs = (frames.reduce((sum, frame) => sum + frame.length, 0) / 24_000) * 1000;
    expect(echoedMs).toBeGreaterThan(sentenceMs - 1_500); // less only the silence VAD trims around it
  });

  it('gives up with a coded error when the server is gone for good', async () => {
    running = await engine(echoDroppingSecondReply());
    client = clientFor(running, { reconnect: { maxAttempts: 2, initialDelayMs: 20, maxDelayMs: 50 } });
    await client.connect();
    const closed = client.next('closed');
    await running.close();
    running = undefined;
    const { error } = await closed;
    expect(error).toMatchObject({
      code: 'SERVER_UNREACHABLE',
      message: expect.stringMatching(/after 2 attempts/),
    });
    expect(client.state).toBe('closed');
  });

  it('does not retry refused credentials', async () => {
    running = await engine(echoBehaviour(), { apiKey: 'the-right-key' });
    client = clientFor(running);
    await expect(client.connect()).rejects.toMatchObject({ code: 'CREDENTIALS_REJECTED' });
    expect(client.state).toBe('closed');
  });
});
