// Event order at the engine level, scenario by scenario: a manual audio turn, a text-only reply, a tool
// call and its output (never answered on its own), a client cancel, a barge-in, an out-of-band response
// beside the main one, the truncation rules, the voice lock, G.711 audio and the injected faults.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { alawEncode, mulawEncode } from '../../src/audio/g711.js';
import { resampleClip } from '../../src/audio/resampler.js';
import { type RunningEngine, scriptBehaviour, startEngine } from '../../src/engine/index.js';
import { AUDIO_ANSWER_CLOSES, AUDIO_ANSWER_OPENS, USER_ITEM_COMMITTED } from '../fixtures/hosted-order.js';
import { speechWav } from '../fixtures/speech.js';
import { type AnyEvent, silence, speech24k, WireClient } from './wire-client.js';

const withoutDeltas = (types: string[]) => types.filter((t) => !t.endsWith('.delta'));
const responseOf = (e: AnyEvent) =>
  e.response as {
    id: string;
    status: string;
    status_details: unknown;
    output: { id: string; status: string; type: string }[];
    usage: Record<string, number & Record<string, number>>;
    conversation_id: string | null;
  };

let engine: RunningEngine;
beforeAll(async () => {
  engine = await startEngine({
    pacing: { speed: 4, chunkMs: 100 },
    behaviour: scriptBehaviour({
      after_last: 'repeat',
      turns: [
        {
          wav: speechWav('notes', '24k'),
          transcript: 'Please add a note that the budget review moves to Friday.',
        },
        { call: 'add_note', arguments: { text: 'budget review moves to Friday' } },
        { say: 'Done.' },
        { error: { code: 'rate_limit_exceeded', message: 'Injected: too many requests.' } },
      ],
    }),
  });
});
afterAll(() => engine?.close());

async function manualSession(extra: Record<string, unknown> = {}): Promise<WireClient> {
  const client = await WireClient.connect(engine.url);
  const updated = await client.update({
    type: 'realtime',
    audio: { input: { turn_detection: null } },
    ...extra,
  });
  expect(updated.type).toBe('session.updated');
  return client;
}

describe('event order', () => {
  it('a manual turn: commit, then response.create, then the audio ladder with a usage block', async () => {
    const client = await manualSession();
    const from = client.events.length;
    client.appendAudio(await speech24k('short'));
    client.send({ type: 'input_audio_buffer.commit' });
    const committed = await client.next('input_audio_buffer.committed', () => true, from);
    client.send({ type: 'response.create' });
    const done = await client.next('response.done', () => true, from);
    await client.next('rate_limits.updated', () => true, from);
    expect(withoutDeltas(client.types(from))).toEqual([
      ...USER_ITEM_COMMITTED,
      ...AUDIO_ANSWER_OPENS,
      ...AUDIO_ANSWER_CLOSES,
      'rate_limits.updated',
    ]);
    const added = client.events.slice(from).filter((e) => e.type === 'conversation.item.added');
    expect(added[0]!.item).toEqual({
      id: committed.item_id,
      type: 'message',
      status: 'completed',
      role: 'user',
      content: [{ type: 'input_audio', transcript: null }],
    });
    expect(added[1]!.previous_item_id).toBe(committed.item_id);
    const part = client.events.slice(from).find((e) => e.type === 'response.content_part.added')!;
    expect(part.part).toEqual({ type: 'audio', transcript: '' });
    const response = responseOf(done);
    expect(response.status).toBe('completed');
    expect(response.output[0]).toMatchObject({ type: 'message', status: 'completed' });
    const u = response.usage as unknown as {
      input_tokens: number;
      output_tokens: number;
      total_tokens: number;
      input_token_details: Record<string, number> & { cached_tokens_details: Record<string, number> };
      output_token_details: Record<string, number>;
    };
    const i = u.input_token_details;
    expect(u.input_tokens).toBe(i.text_tokens! + i.audio_tokens! + i.image_tokens!);
    expect(u.total_tokens).toBe(u.input_tokens + u.output_tokens);
    expect(u.output_tokens).toBe(u.output_token_details.text_tokens! + u.output_token_details.audio_tokens!);
    expect(i.cached_tokens).toBe(Object.values(i.cached_tokens_details).reduce((a, b) => a + b, 0));
    // 'short' is 2776 ms of user audio (10 tok/s); 'notes' 4702 ms of assistant audio (20 tok/s).
    expect(i.audio_tokens).toBe(28);
    expect(u.output_token_details.audio_tokens).toBe(95);
    const audioBytes = client.events
      .slice(from)
      .filter((e) => e.type === 'response.output_audio.delta')
      .reduce((n, e) => n + Buffer.from(e.delta as string, 'base64').length, 0);
    expect(audioBytes / 48).toBeCloseTo(4_702, -1);
    client.close();
  });

  it('a tool call: the function_call ladder, the output accepted, and no response until the client asks', async () => {
    const client = await manualSession();
    client.send({
      type: 'conversation.item.create',
      item: { type: 'message', role: 'user', content: [{ type: 'input_text', text: 'note it' }] },
    });
    client.send({ type: 'response.create' }); // turn 1 of this session: the notes WAV
    await client.next('response.done');
    const from = client.events.length;
    client.send({ type: 'response.create' }); // turn 2: the tool call
    const done = await client.next('response.done', () => true, from);
    await client.next('rate_limits.updated', () => true, from);
    expect(withoutDeltas(client.types(from))).toEqual([
      'response.created',
      'response.output_item.added',
      'conversation.item.added',
      'response.function_call_arguments.done',
      'response.output_item.done',
      'conversation.item.done',
      'response.done',
      'rate_limits.updated',
    ]);
    expect(client.types(from)).toContain('response.function_call_arguments.delta');
    const call = responseOf(done).output[0] as unknown as {
      id: string;
      call_id: string;
      name: string;
      arguments: string;
      status: string;
    };
    expect(call).toMatchObject({ type: 'function_call', name: 'add_note', status: 'completed' });
    expect(call.call_id).toMatch(/^call_[A-Za-z0-9]{16}$/);
    const argsDone = client.events
      .slice(from)
      .find((e) => e.type === 'response.function_call_arguments.done')!;
    expect(JSON.parse(argsDone.arguments as string)).toEqual({ text: 'budget review moves to Friday' });

    const afterCall = client.events.length;
    client.send({
      type: 'conversation.item.create',
      item: { type: 'function_call_output', call_id: call.call_id, output: '{"ok":true}' },
    });
    const outputAdded = await client.next('conversation.item.done', () => true, afterCall);
    expect(outputAdded.previous_item_id).toBe(call.id);
    await client.update({ type: 'realtime' }); // a round trip: anything the engine would do on its own is out by now
    expect(client.types(afterCall)).not.toContain('response.created');
    client.send({ type: 'response.create' }); // turn 3: "Done."
    const answer = await client.next('response.done', () => true, afterCall);
    expect(responseOf(answer).status).toBe('completed');
    client.close();
  });

  it('a text-only session streams output_text events (§6.4)', async () => {
    const client = await manualSession({ output_modalities: ['text'] });
    for (let i = 0; i < 2; i++) {
      client.send({ type: 'response.create' });
      await client.next('response.done', () => true, client.events.length);
    }
    const from = client.events.length;
    client.send({ type: 'response.create' }); // turn 3: "Done." as text
    await client.next('rate_limits.updated', () => true, from);
    expect(client.types(from)).toEqual([
      'response.created',
      'response.output_item.added',
      'conversation.item.added',
      'response.content_part.added',
      'response.output_text.delta',
      'response.output_text.done',
      'response.content_part.done',
      'response.output_item.done',
      'conversation.item.done',
      'response.done',
      'rate_limits.updated',
    ]);
    const itemDone = client.events.slice(from).find((e) => e.type === 'response.output_item.done')!;
    expect((itemDone.item as { content: unknown[] }).content).toEqual([
      { type: 'output_text', text: 'Done.' },
    ]);
    client.close();
  });

  it('an injected error fails the response with an error event first', async () => {
    const client = await manualSession({ output_modalities: ['text'] });
    for (let i = 0; i < 3; i++) {
      client.send({ type: 'response.create' });
      await client.next('response.done', () => true, client.events.length);
    }
    const from = client.events.length;
    client.send({ type: 'response.create' }); // turn 4: injected error
    const done = await client.next('response.done', () => true, from);
    expect(client.types(from).slice(0, 3)).toEqual(['response.created', 'error', 'response.done']);
    expect(responseOf(done).status_details).toEqual({
      type: 'failed',
      error: { type: 'server_error', code: 'rate_limit_exceeded' },
    });
    client.close();
  });

  it('response.cancel ends the response with the *.done events, items incomplete, client_cancelled', async () => {
    const client = await manualSession();
    const from = client.events.length;
    client.send({ type: 'response.create' });
    await client.next('response.output_audio.delta', () => true, from);
    client.send({ type: 'response.create', event_id: 'second' });
    const refused = await client.next('error', () => true, from);
    expect(refused.error).toMatchObject({
      code: 'conversation_already_has_active_response',
      event_id: 'second',
    });
    client.send({ type: 'response.cancel' });
    const done = await client.next('response.done', () => true, from);
    const response = responseOf(done);
    expect(response.status).toBe('cancelled');
    expect(response.status_details).toEqual({ type: 'cancelled', reason: 'client_cancelled' });
    expect(response.output[0]!.status).toBe('incomplete');
    await client.next('rate_limits.updated', () => true, from);
    const tail = withoutDeltas(client.types(from)).filter((t) => t !== 'error');
    expect(tail.slice(-7)).toEqual([...AUDIO_ANSWER_CLOSES, 'rate_limits.updated']);
    const after = client.events.length;
    client.send({ type: 'response.cancel', event_id: 'late' });
    const late = await client.next('error', () => true, after);
    expect(late.error).toMatchObject({ code: 'response_cancel_not_active', event_id: 'late' });
    client.close();
  });

  it('an out-of-band response runs beside the main one, with conversation_id null and no conversation items', async () => {
    const client = await manualSession({ output_modalities: ['text'] });
    const from = client.events.length;
    client.send({ type: 'response.create' }); // main: the notes transcript (text mode), paced
    await client.next('response.created', () => true, from);
    client.send({
      type: 'response.create',
      response: {
        conversation: 'none',
        metadata: { purpose: 'summary' },
        input: [{ type: 'message', role: 'user', content: [{ type: 'input_text', text: 'Summarise' }] }],
      },
    });
    const created = client.events.slice(from).filter((e) => e.type === 'response.created');
    await client.next('response.created', () => true, client.events.indexOf(created[0]!) + 1);
    const dones: AnyEvent[] = [];
    dones.push(await client.next('response.done', () => true, from));
    dones.push(await client.next('response.done', (e) => e !== dones[0], from));
    const oob = dones.map(responseOf).find((r) => r.conversation_id === null)!;
    const main = dones.map(responseOf).find((r) => r.conversation_id !== null)!;
    expect(oob).toBeDefined();
    expect((oob as unknown as { metadata: unknown }).metadata).toEqual({ purpose: 'summary' });
    expect(main.conversation_id).toMatch(/^conv_/);
    const conversationItemIds = client.events
      .slice(from)
      .filter((e) => e.type.startsWith('conversation.item.'))
      .map((e) => (e.item as { id: string }).id);
    for (const item of oob.output) expect(conversationItemIds).not.toContain(item.id);
    for (const item of main.output) expect(conversationItemIds).toContain(item.id);
    client.close();
  });
});

describe('truncation and voice rules', () => {
  it('follow the hosted rules', async () => {
    const client = await manualSession();
    client.send({
      type: 'conversation.item.create',
      event_id: 'u1',
      item: { id: 'user_1', type: 'message', role: 'user', content: [{ type: 'input_text', text: 'hi' }] },
    });
    client.send({ type: 'response.create' });
    const done = await client.next('response.done');
    const assistant = responseOf(done).output[0]!.id;
    const from = client.events.length;
    const expectError = async (event: Record<string, unknown>) => {
      const at = client.events.length;
      client.send(event);
      return (await client.next('error', () => true, at)).error as Record<string, unknown>;
    };
    expect(
      await expectError({
        type: 'conversation.item.truncate',
        item_id: 'user_1',
        content_index: 0,
        audio_end_ms: 100,
      }),
    ).toMatchObject({
      code: 'unsupported_content_type',
      message: 'Only model output audio messages can be truncated',
    });
    const overshoot = await expectError({
      type: 'conversation.item.truncate',
      item_id: assistant,
      content_index: 0,
      audio_end_ms: 60_000,
    });
    expect(overshoot.code).toBe('invalid_value');
    expect(overshoot.message).toMatch(/^Audio content of \d+ms is already shorter than 60000ms$/);
    const lengthMs = Number(/of (\d+)ms/.exec(overshoot.message as string)![1]);
    expect(lengthMs % 50).toBe(0);
    expect(
      await expectError({
        type: 'conversation.item.truncate',
        item_id: assistant,
        content_index: 0,
        audio_end_ms: 0,
      }),
    ).toMatchObject({ code: 'unsupported_content_type' });

    client.send({
      type: 'conversation.item.truncate',
      item_id: assistant,
      content_index: 0,
      audio_end_ms: 1_500,
    });
    const truncated = await client.next('conversation.item.truncated', () => true, from);
    expect(truncated).toMatchObject({ item_id: assistant, content_index: 0, audio_end_ms: 1_500 });
    client.send({ type: 'conversation.item.retrieve', item_id: assistant });
    const retrieved = await client.next('conversation.item.retrieved', () => true, from);
    const content = (
      retrieved.item as { content: { type: string; transcript: string; audio: string; format: string }[] }
    ).content[0]!;
    expect(content).toMatchObject({ type: 'audio', transcript: '', format: 'pcm16' });
    expect(Buffer.from(content.audio, 'base64').length).toBe(1_500 * 48);

    const voiceError = await expectError({
      type: 'session.update',
      session: { type: 'realtime', audio: { output: { voice: 'cedar' } } },
    });
    expect(voiceError).toMatchObject({ code: 'cannot_update_voice' });
    expect((await client.update({ type: 'realtime', audio: { output: { voice: 'alloy' } } })).type).toBe(
      'session.updated',
    );

    client.send({
      type: 'conversation.item.create',
      previous_item_id: 'root',
      item: {
        id: 'sys_1',
        type: 'message',
        role: 'system',
        content: [{ type: 'input_text', text: 'be brief' }],
      },
    });
    const rootAdded = await client.next(
      'conversation.item.added',
      (e) => (e.item as { id: string }).id === 'sys_1',
      from,
    );
    expect(rootAdded.previous_item_id).toBeNull();
    client.send({
      type: 'conversation.item.create',
      previous_item_id: 'user_1',
      item: {
        id: 'user_2',
        type: 'message',
        role: 'user',
        content: [{ type: 'input_text', text: 'and also' }],
      },
    });
    const afterAdded = await client.next(
      'conversation.item.added',
      (e) => (e.item as { id: string }).id === 'user_2',
      from,
    );
    expect(afterAdded.previous_item_id).toBe('user_1');
    client.send({ type: 'conversation.item.delete', item_id: 'sys_1' });
    expect(await client.next('conversation.item.deleted', () => true, from)).toMatchObject({
      item_id: 'sys_1',
    });
    client.close();
  });
});

describe('turn detection switches', () => {
  it('create_response false: the turn is committed but nobody answers', async () => {
    const client = await WireClient.connect(engine.url);
    await client.update({
      type: 'realtime',
      audio: {
        input: { turn_detection: { type: 'server_vad', silence_duration_ms: 600, create_response: false } },
      },
    });
    client.appendAudio(await speech24k('short'));
    client.appendAudio(silence(1_000));
    await client.next('conversation.item.done');
    await client.update({ type: 'realtime' });
    expect(client.types()).not.toContain('response.created');
    client.close();
  });

  it('interrupt_response false: speech during a reply leaves the reply running', async () => {
    const client = await WireClient.connect(engine.url);
    await client.update({
      type: 'realtime',
      audio: {
        input: {
          turn_detection: { type: 'server_vad', silence_duration_ms: 600, interrupt_response: false },
        },
      },
    });
    client.send({ type: 'response.create' });
    await client.next('response.output_audio.delta');
    client.appendAudio(await speech24k('interrupt'));
    await client.next('input_audio_buffer.speech_started');
    const done = await client.next('response.done');
    const types = client.types();
    expect(types.indexOf('input_audio_buffer.speech_started')).toBeLessThan(types.indexOf('response.done'));
    expect(responseOf(done).status).toBe('completed');
    client.close();
  });
});

describe('G.711 sessions', () => {
  it.each([
    ['audio/pcmu', mulawEncode],
    ['audio/pcma', alawEncode],
  ] as const)('take %s speech in and answer in the same format at 8 kHz', async (format, encode) => {
    const client = await manualSession({
      audio: {
        input: { format: { type: format }, turn_detection: { type: 'server_vad', silence_duration_ms: 600 } },
        output: { format: { type: format } },
      },
    });
    const from = client.events.length;
    const speech8k = resampleClip(await speech24k('short'), 24_000, 8_000);
    const ulaw = encode(speech8k);
    for (let at = 0; at < ulaw.length; at += 800) {
      client.send({
        type: 'input_audio_buffer.append',
        audio: Buffer.from(ulaw.subarray(at, at + 800)).toString('base64'),
      });
    }
    const started = await client.next('input_audio_buffer.speech_started', () => true, from);
    const stopped = await client.next('input_audio_buffer.speech_stopped', () => true, from);
    expect(started.audio_start_ms as number).toBeGreaterThan(100);
    expect(stopped.audio_end_ms as number).toBeGreaterThan((started.audio_start_ms as number) + 1_000);
    const done = await client.next('response.done', () => true, from);
    expect(responseOf(done).status).toBe('completed');
    expect((done.response as { audio: unknown }).audio).toEqual({
      output: { format: { type: format }, voice: 'alloy' },
    });
    const bytes = client.events
      .slice(from)
      .filter((e) => e.type === 'response.output_audio.delta')
      .reduce((n, e) => n + Buffer.from(e.delta as string, 'base64').length, 0);
    // The notes WAV is 4702 ms: 8 bytes per ms in G.711.
    expect(Math.abs(bytes / 8 - 4_702)).toBeLessThan(10);
    client.close();
  });
});

describe('barge-in', () => {
  it('speech during a response cancels it with turn_detected, then the new turn is answered', async () => {
    const client = await WireClient.connect(engine.url);
    await client.update({
      type: 'realtime',
      audio: { input: { turn_detection: { type: 'server_vad', silence_duration_ms: 600 } } },
    });
    client.appendAudio(await speech24k('short'));
    await client.next('response.output_audio.delta');
    const from = client.events.length;
    client.appendAudio(silence(200));
    client.appendAudio(await speech24k('interrupt'));
    const started = await client.next('input_audio_buffer.speech_started', () => true, from);
    const cancelled = await client.next('response.done', () => true, from);
    const types = withoutDeltas(client.types(from));
    expect(types.indexOf('input_audio_buffer.speech_started')).toBeLessThan(types.indexOf('response.done'));
    expect(responseOf(cancelled).status_details).toEqual({ type: 'cancelled', reason: 'turn_detected' });
    const committed = await client.next('input_audio_buffer.committed', () => true, from);
    expect(committed.item_id).toBe(started.item_id);
    const next = await client.next('response.created', () => true, client.events.indexOf(cancelled));
    expect(responseOf(next).id).not.toBe(responseOf(cancelled).id);
    client.close();
  });
});

describe('limits and timers', () => {
  it('max_output_tokens cuts the reply short: status incomplete, reason max_output_tokens', async () => {
    const client = await manualSession();
    client.send({ type: 'response.create', response: { max_output_tokens: 20 } }); // turn 1: the 4.7 s notes WAV
    const done = await client.next('response.done');
    const response = responseOf(done);
    expect(response.status).toBe('incomplete');
    expect(response.status_details).toEqual({ type: 'incomplete', reason: 'max_output_tokens' });
    expect(response.output[0]!.status).toBe('incomplete');
    const audioTokens = (response.usage as unknown as { output_token_details: { audio_tokens: number } })
      .output_token_details.audio_tokens;
    expect(audioTokens).toBeGreaterThanOrEqual(20);
    expect(audioTokens).toBeLessThan(30);
    client.close();
  });

  it('idle_timeout_ms: after a reply and no speech, timeout_triggered commits the buffer and a response follows', async () => {
    const client = await WireClient.connect(engine.url);
    await client.update({
      type: 'realtime',
      output_modalities: ['text'],
      audio: { input: { turn_detection: { type: 'server_vad', idle_timeout_ms: 5_000 } } },
    });
    client.send({ type: 'response.create' }); // turn 1 in text mode: no playback time
    await client.next('response.done');
    const from = client.events.length;
    client.appendAudio(silence(300));
    const triggered = await client.next('input_audio_buffer.timeout_triggered', () => true, from);
    expect(triggered.audio_end_ms as number).toBeGreaterThanOrEqual(300);
    const committed = await client.next('input_audio_buffer.committed', () => true, from);
    expect(committed.item_id).toBe(triggered.item_id);
    const created = await client.next('response.created', () => true, from);
    expect(withoutDeltas(client.types(from)).slice(0, 5)).toEqual([
      'input_audio_buffer.timeout_triggered',
      'input_audio_buffer.committed',
      'conversation.item.added',
      'conversation.item.done',
      'response.created',
    ]);
    expect(created).toBeDefined();
    client.close();
  }, 20_000);
});

describe('a client that commits under server VAD', () => {
  it('gets one item for the turn, with the id speech_started announced, and no second stop', async () => {
    const client = await WireClient.connect(engine.url);
    await client.update({
      type: 'realtime',
      audio: {
        input: { turn_detection: { type: 'server_vad', silence_duration_ms: 600, create_response: false } },
      },
    });
    const speech = await speech24k('short');
    // Up to just after "Yes, please." ends: the VAD has not waited out its 600 ms of silence yet.
    client.appendAudio(speech.subarray(0, 24_000 * 2.2));
    const started = await client.next('input_audio_buffer.speech_started');
    client.send({ type: 'input_audio_buffer.commit' });
    const committed = await client.next('input_audio_buffer.committed');
    expect(committed.item_id).toBe(started.item_id);
    client.appendAudio(silence(1_500));
    await client.update({ type: 'realtime' });
    expect(client.types().filter((t) => t === 'input_audio_buffer.speech_stopped')).toEqual([]);
    expect(client.types().filter((t) => t === 'input_audio_buffer.committed')).toHaveLength(1);
    client.close();
  });
});
