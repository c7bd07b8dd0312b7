// A careless client sends malformed events. Each one is answered with exactly one `error` event in the
// hosted shape (type, code, message, param, the client's event_id) and the session carries on: a valid
// session.update afterwards still succeeds.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningEngine, startEngine } from '../../src/engine/index.js';
import { WireClient } from './wire-client.js';

let engine: RunningEngine;
let client: WireClient;
beforeAll(async () => {
  engine = await startEngine();
  client = await WireClient.connect(engine.url);
});
afterAll(async () => {
  client?.close();
  await engine?.close();
});

type Case = {
  name: string;
  frame: string | Record<string, unknown>;
  code: string | null;
  param?: string | null;
  message?: RegExp;
};

const cases: Case[] = [
  { name: 'broken JSON', frame: '{"type": "session.update",', code: 'invalid_json' },
  { name: 'a JSON array', frame: '[1,2]', code: 'invalid_event' },
  {
    name: 'no type',
    frame: { event_id: 'e' },
    code: 'invalid_event',
    message: /The 'type' field is missing/,
  },
  {
    name: 'unknown event type',
    frame: { type: 'response.audio.delta' },
    code: 'invalid_value',
    param: 'type',
    message: /Supported values are: 'session.update'/,
  },
  { name: 'numeric type', frame: { type: 42 }, code: 'invalid_value', param: 'type' },
  {
    name: 'beta event name',
    frame: { type: 'transcription_session.update', session: {} },
    code: 'invalid_value',
    param: 'type',
  },
  {
    name: 'session.update without session',
    frame: { type: 'session.update' },
    code: 'missing_required_parameter',
    param: 'session',
  },
  {
    name: 'session.update without session.type',
    frame: { type: 'session.update', session: { instructions: 'x' } },
    code: 'missing_required_parameter',
    param: 'session.type',
    message: /Missing required parameter: 'session.type'/,
  },
  {
    name: 'session.type wrong',
    frame: { type: 'session.update', session: { type: 'session' } },
    code: 'invalid_value',
    param: 'session.type',
    message: /'realtime' and 'transcription'/,
  },
  {
    name: 'transcription session update',
    frame: { type: 'session.update', session: { type: 'transcription' } },
    code: 'invalid_value',
    param: 'session.type',
    message: /not allowed/,
  },
  {
    name: 'beta modalities',
    frame: { type: 'session.update', session: { type: 'realtime', modalities: ['audio'] } },
    code: 'unknown_parameter',
    param: 'session.modalities',
    message: /Unknown parameter: 'session.modalities'/,
  },
  {
    name: 'beta voice at top level',
    frame: { type: 'session.update', session: { type: 'realtime', voice: 'alloy' } },
    code: 'unknown_parameter',
    param: 'session.voice',
  },
  {
    name: 'beta input_audio_format',
    frame: { type: 'session.update', session: { type: 'realtime', input_audio_format: 'pcm16' } },
    code: 'unknown_parameter',
    param: 'session.input_audio_format',
  },
  {
    name: 'temperature',
    frame: { type: 'session.update', session: { type: 'realtime', temperature: 0.8 } },
    code: 'unknown_parameter',
    param: 'session.temperature',
  },
  {
    name: 'bad format type',
    frame: {
      type: 'session.update',
      session: { type: 'realtime', audio: { input: { format: { type: 'pcm16' } } } },
    },
    code: 'invalid_value',
    param: 'session.audio.input.format.type',
    message: /Invalid value: 'pcm16'/,
  },
  {
    name: 'pcm at 16 kHz',
    frame: {
      type: 'session.update',
      session: { type: 'realtime', audio: { output: { format: { type: 'audio/pcm', rate: 16000 } } } },
    },
    code: 'invalid_value',
    param: 'session.audio.output.format.rate',
  },
  {
    name: 'threshold above 1',
    frame: {
      type: 'session.update',
      session: {
        type: 'realtime',
        audio: { input: { turn_detection: { type: 'server_vad', threshold: 1.5 } } },
      },
    },
    code: 'decimal_above_max_value',
    param: 'session.audio.input.turn_detection.threshold',
  },
  {
    name: 'unknown turn detection type',
    frame: {
      type: 'session.update',
      session: { type: 'realtime', audio: { input: { turn_detection: { type: 'push_to_talk' } } } },
    },
    code: 'invalid_value',
    param: 'session.audio.input.turn_detection.type',
  },
  {
    name: 'eagerness on server_vad',
    frame: {
      type: 'session.update',
      session: {
        type: 'realtime',
        audio: { input: { turn_detection: { type: 'server_vad', eagerness: 'low' } } },
      },
    },
    code: 'unknown_parameter',
    param: 'session.audio.input.turn_detection.eagerness',
  },
  {
    name: 'speed too slow',
    frame: { type: 'session.update', session: { type: 'realtime', audio: { output: { speed: 0.1 } } } },
    code: 'decimal_below_min_value',
    param: 'session.audio.output.speed',
  },
  {
    name: 'both modalities',
    frame: { type: 'session.update', session: { type: 'realtime', output_modalities: ['text', 'audio'] } },
    code: 'array_above_max_length',
    param: 'session.output_modalities',
  },
  {
    name: 'instructions as a number',
    frame: { type: 'session.update', session: { type: 'realtime', instructions: 7 } },
    code: 'invalid_type',
    param: 'session.instructions',
    message: /expected a string, but got an integer/,
  },
  {
    name: 'max_output_tokens too large',
    frame: { type: 'session.update', session: { type: 'realtime', max_output_tokens: 100000 } },
    code: 'integer_above_max_value',
    param: 'session.max_output_tokens',
  },
  {
    name: 'tool without name',
    frame: { type: 'session.update', session: { type: 'realtime', tools: [{ type: 'function' }] } },
    code: 'missing_required_parameter',
    param: 'session.tools[0].name',
  },
  {
    name: 'reasoning on a non-reasoning model',
    frame: { type: 'session.update', session: { type: 'realtime', reasoning: { effort: 'low' } } },
    code: 'unknown_parameter',
    param: 'session.reasoning',
  },
  {
    name: 'append without audio',
    frame: { type: 'input_audio_buffer.append' },
    code: 'missing_required_parameter',
    param: 'audio',
  },
  {
    name: 'append with non-base64 audio',
    frame: { type: 'input_audio_buffer.append', audio: 'not base64!' },
    code: 'invalid_value',
    param: 'audio',
  },
  {
    name: 'append with an odd byte count',
    frame: { type: 'input_audio_buffer.append', audio: 'AA==' },
    code: 'invalid_value',
    param: 'audio',
  },
  {
    name: 'commit of an empty buffer',
    frame: { type: 'input_audio_buffer.commit' },
    code: 'input_audio_buffer_commit_empty',
    message: /buffer only has 0.00ms of audio/,
  },
  {
    name: 'commit with an extra field',
    frame: { type: 'input_audio_buffer.commit', item_id: 'x' },
    code: 'unknown_parameter',
    param: 'item_id',
  },
  {
    name: 'item.create without item',
    frame: { type: 'conversation.item.create' },
    code: 'missing_required_parameter',
    param: 'item',
  },
  {
    name: 'item of unknown type',
    frame: { type: 'conversation.item.create', item: { type: 'note' } },
    code: 'invalid_value',
    param: 'item.type',
  },
  {
    name: 'message without role',
    frame: { type: 'conversation.item.create', item: { type: 'message', content: [] } },
    code: 'missing_required_parameter',
    param: 'item.role',
  },
  {
    name: 'beta text content',
    frame: {
      type: 'conversation.item.create',
      item: { type: 'message', role: 'user', content: [{ type: 'text', text: 'hi' }] },
    },
    code: 'invalid_value',
    param: 'item.content[0].type',
  },
  {
    name: 'assistant audio content',
    frame: {
      type: 'conversation.item.create',
      item: { type: 'message', role: 'assistant', content: [{ type: 'input_text', text: 'hi' }] },
    },
    code: 'invalid_value',
    param: 'item.content[0].type',
  },
  {
    name: 'unknown previous_item_id',
    frame: {
      type: 'conversation.item.create',
      previous_item_id: 'item_nope',
      item: { type: 'message', role: 'user', content: [{ type: 'input_text', text: 'hi' }] },
    },
    code: 'invalid_value',
    param: 'previous_item_id',
  },
  {
    name: 'tool output for an unknown call',
    frame: {
      type: 'conversation.item.create',
      item: { type: 'function_call_output', call_id: 'call_unknown', output: '{}' },
    },
    code: 'invalid_value',
    param: 'item.call_id',
  },
  {
    name: 'retrieve of an unknown item',
    frame: { type: 'conversation.item.retrieve', item_id: 'item_nope' },
    code: 'item_retrieve_invalid_item_id',
    param: 'item_id',
  },
  {
    name: 'delete of an unknown item',
    frame: { type: 'conversation.item.delete', item_id: 'item_nope' },
    code: 'item_delete_invalid_item_id',
  },
  {
    name: 'truncate of an unknown item',
    frame: { type: 'conversation.item.truncate', item_id: 'item_nope', content_index: 0, audio_end_ms: 10 },
    code: 'item_truncate_invalid_item_id',
    message: /Item with item_id not found: item_nope/,
  },
  {
    name: 'truncate with NaN audio_end_ms',
    frame: { type: 'conversation.item.truncate', item_id: 'item_nope', content_index: 0, audio_end_ms: null },
    code: 'invalid_type',
    param: 'audio_end_ms',
  },
  {
    name: 'truncate with a fractional audio_end_ms',
    frame: { type: 'conversation.item.truncate', item_id: 'x', content_index: 0, audio_end_ms: 1.5 },
    code: 'invalid_type',
    param: 'audio_end_ms',
  },
  {
    name: 'cancel with nothing active',
    frame: { type: 'response.cancel' },
    code: 'response_cancel_not_active',
    message: /Cancellation failed: no active response found/,
  },
  {
    name: 'response.create with beta modalities',
    frame: { type: 'response.create', response: { modalities: ['text'] } },
    code: 'unknown_parameter',
    param: 'response.modalities',
  },
  {
    name: 'response.create with an unknown conversation',
    frame: { type: 'response.create', response: { conversation: 'conv_other' } },
    code: 'invalid_value',
    param: 'response.conversation',
  },
  {
    name: 'response.create referencing an unknown item',
    frame: {
      type: 'response.create',
      response: { conversation: 'none', input: [{ type: 'item_reference', id: 'item_nope' }] },
    },
    code: 'invalid_value',
    param: 'response.input[0].id',
  },
  {
    name: 'output_audio_buffer.clear over WebSocket',
    frame: { type: 'output_audio_buffer.clear' },
    code: 'invalid_value',
    param: 'type',
  },
];

describe('malformed client events', () => {
  it(`has at least 30 cases (${cases.length})`, () => {
    expect(cases.length).toBeGreaterThanOrEqual(30);
  });

  it.each(cases)(
    '$name -> one hosted-shape error, session still usable',
    async ({ frame, code, param, message }) => {
      const eventId = `evt_${Math.random().toString(36).slice(2, 10)}`;
      const from = client.events.length;
      const parsedFrame = typeof frame === 'string' ? frame : JSON.stringify({ event_id: eventId, ...frame });
      client.socket.send(parsedFrame);
      const error = await client.next('error', () => true, from);
      expect(error.event_id).toMatch(/^event_[A-Za-z0-9]{21}$/);
      const body = error.error as Record<string, unknown>;
      expect(Object.keys(body).sort()).toEqual(['code', 'event_id', 'message', 'param', 'type']);
      expect(body.type).toBe('invalid_request_error');
      expect(body.code).toBe(code);
      expect(typeof body.message).toBe('string');
      if (param !== undefined) expect(body.param).toBe(param);
      if (message) expect(body.message).toMatch(message);
      const echoes = typeof frame !== 'string' && !('event_id' in frame && frame.event_id === 'e');
      if (echoes) expect(body.event_id).toBe(eventId);

      const after = await client.update({ type: 'realtime', instructions: `still here after ${code}` });
      expect(after.type).toBe('session.updated');
      expect(client.types(from).filter((t) => t === 'error')).toHaveLength(1);
    },
  );

  it('a rejected update applies nothing', async () => {
    const before = await client.update({ type: 'realtime', instructions: 'kept' });
    const rejected = await client.update({ type: 'realtime', instructions: 'dropped', temperature: 0.7 });
    expect(rejected.type).toBe('error');
    const after = await client.update({ type: 'realtime' });
    expect((after.session as { instructions: string }).instructions).toBe('kept');
    expect(before.type).toBe('session.updated');
  });
});
