// The conversation mirror: built from server events as a real session emits them, and given back to a
// new session as text items, with transcripts standing in for audio.
import { describe, expect, it } from 'vitest';
import { ConversationMirror, heardPrefix, UNTRANSCRIBED_SPEECH } from '../../src/realtime/conversation.js';
import type { RealtimeServerEvent } from '../../src/realtime/wire.js';

const ev = (event: Record<string, unknown>): RealtimeServerEvent =>
  ({ event_id: 'event_x', ...event }) as RealtimeServerEvent;
const audio100ms = Buffer.alloc(4800).toString('base64');

function userAudioTurn(mirror: ConversationMirror, id: string, previous: string | null): void {
  const item = {
    id,
    type: 'message',
    role: 'user',
    status: 'completed',
    content: [{ type: 'input_audio', transcript: null }],
  };
  mirror.apply(ev({ type: 'conversation.item.added', previous_item_id: previous, item }));
  mirror.apply(ev({ type: 'conversation.item.done', previous_item_id: previous, item }));
}

function assistantAudioReply(
  mirror: ConversationMirror,
  id: string,
  previous: string,
  words: string[],
  complete = true,
): void {
  mirror.apply(
    ev({
      type: 'response.output_item.added',
      response_id: 'resp_1',
      output_index: 0,
      item: { id, type: 'message', role: 'assistant', status: 'in_progress', content: [] },
    }),
  );
  mirror.apply(
    ev({
      type: 'conversation.item.added',
      previous_item_id: previous,
      item: { id, type: 'message', role: 'assistant', status: 'in_progress', content: [] },
    }),
  );
  for (const word of words) {
    mirror.apply(
      ev({
        type: 'response.output_audio_transcript.delta',
        response_id: 'resp_1',
        item_id: id,
        output_index: 0,
        content_index: 0,
        delta: `${word} `,
      }),
    );
    mirror.apply(
      ev({
        type: 'response.output_audio.delta',
        response_id: 'resp_1',
        item_id: id,
        output_index: 0,
        content_index: 0,
        delta: audio100ms,
      }),
    );
  }
  if (!complete) return;
  const transcript = words.join(' ');
  mirror.apply(
    ev({
      type: 'conversation.item.done',
      previous_item_id: previous,
      item: {
        id,
        type: 'message',
        role: 'assistant',
        status: 'completed',
        content: [{ type: 'output_audio', transcript }],
      },
    }),
  );
}

describe('the conversation mirror', () => {
  it('follows an audio turn and its spoken reply, and replays them as text', () => {
    const mirror = new ConversationMirror(48);
    userAudioTurn(mirror, 'item_u1', null);
    mirror.apply(
      ev({
        type: 'conversation.item.input_audio_transcription.completed',
        item_id: 'item_u1',
        content_index: 0,
        transcript: 'hello there',
      }),
    );
    assistantAudioReply(mirror, 'item_a1', 'item_u1', ['hi', 'how', 'can', 'I', 'help']);

    const reply = mirror.get('item_a1');
    expect(reply).toMatchObject({
      kind: 'message',
      role: 'assistant',
      audio: true,
      transcript: 'hi how can I help',
      responseId: 'resp_1',
    });
    expect(reply?.kind === 'message' && reply.audioMs).toBe(500);
    expect(mirror.replayItems()).toEqual([
      {
        type: 'message',
        role: 'user',
        id: 'item_u1',
        content: [{ type: 'input_text', text: 'hello there' }],
      },
      {
        type: 'message',
        role: 'assistant',
        id: 'item_a1',
        content: [{ type: 'output_text', text: 'hi how can I help' }],
      },
    ]);
  });

  it('names untranscribed speech instead of dropping the turn', () => {
    const mirror = new ConversationMirror(48);
    userAudioTurn(mirror, 'item_u1', null);
    expect(mirror.replayItems()).toEqual([
      {
        type: 'message',
        role: 'user',
        id: 'item_u1',
        content: [{ type: 'input_text', text: UNTRANSCRIBED_SPEECH }],
      },
    ]);
  });

  it('keeps function calls and their outputs, in order', () => {
    const mirror = new ConversationMirror(48);
    userAudioTurn(mirror, 'item_u1', null);
    const call = {
      id: 'item_f1',
      type: 'function_call',
      status: 'completed',
      call_id: 'call_1',
      name: 'get_weather',
      arguments: '{"city":"Oslo"}',
    };
    mirror.apply(ev({ type: 'conversation.item.done', previous_item_id: 'item_u1', item: call }));
    mirror.apply(
      ev({
        type: 'conversation.item.added',
        previous_item_id: 'item_f1',
        item: { id: 'item_o1', type: 'function_call_output', call_id: 'call_1', output: '{"temp":3}' },
      }),
    );
    expect(mirror.hasCall('call_1')).toBe(true);
    expect(mirror.replayItems().slice(1)).toEqual([
      {
        type: 'function_call',
        id: 'item_f1',
        call_id: 'call_1',
        name: 'get_weather',
        arguments: '{"city":"Oslo"}',
      },
      { type: 'function_call_output', id: 'item_o1', call_id: 'call_1', output: '{"temp":3}' },
    ]);
  });

  it('keeps only what was heard of a truncated reply', () => {
    const mirror = new ConversationMirror(48);
    userAudioTurn(mirror, 'item_u1', null);
    assistantAudioReply(mirror, 'item_a1', 'item_u1', ['one', 'two', 'three', 'four']);
    mirror.apply(
      ev({ type: 'conversation.item.truncated', item_id: 'item_a1', content_index: 0, audio_end_ms: 200 }),
    );
    expect(mirror.get('item_a1')).toMatchObject({ transcript: 'one two', truncatedAtMs: 200 });
    mirror.expectTruncation('item_a1', 'one');
    mirror.apply(
      ev({ type: 'conversation.item.truncated', item_id: 'item_a1', content_index: 0, audio_end_ms: 100 }),
    );
    expect(mirror.get('item_a1')).toMatchObject({ transcript: 'one' });
  });

  it('drops a reply whose generation a dropped socket cut off', () => {
    const mirror = new ConversationMirror(48);
    userAudioTurn(mirror, 'item_u1', null);
    assistantAudioReply(mirror, 'item_a1', 'item_u1', ['half'], false);
    expect(mirror.dropUnfinished().map((item) => item.id)).toEqual(['item_a1']);
    expect(mirror.items.map((item) => item.id)).toEqual(['item_u1']);
  });

  it('inserts after the named predecessor and forgets deleted items', () => {
    const mirror = new ConversationMirror(48);
    const text = (id: string) => ({
      id,
      type: 'message',
      role: 'user',
      content: [{ type: 'input_text', text: id }],
    });
    mirror.apply(ev({ type: 'conversation.item.added', previous_item_id: null, item: text('a') }));
    mirror.apply(ev({ type: 'conversation.item.added', previous_item_id: 'a', item: text('c') }));
    mirror.apply(ev({ type: 'conversation.item.added', previous_item_id: 'a', item: text('b') }));
    expect(mirror.items.map((item) => item.id)).toEqual(['a', 'b', 'c']);
    mirror.apply(ev({ type: 'conversation.item.deleted', item_id: 'b' }));
    expect(mirror.items.map((item) => item.id)).toEqual(['a', 'c']);
  });

  it('does not double a replayed turn when the new session echoes it as text', () => {
    const mirror = new ConversationMirror(48);
    userAudioTurn(mirror, 'item_u1', null);
    mirror.apply(
      ev({
        type: 'conversation.item.input_audio_transcription.completed',
        item_id: 'item_u1',
        content_index: 0,
        transcript: 'hello',
      }),
    );
    const [replayed] = mirror.replayItems();
    mirror.apply(ev({ type: 'conversation.item.added', previous_item_id: null, item: replayed }));
    expect(mirror.replayItems()).toEqual([replayed]);
  });

  it('cuts a heard prefix back to a word boundary', () => {
    expect(heardPrefix('the quick brown fox', 0.5)).toBe('the quick');
    expect(heardPrefix('the quick brown fox', 1)).toBe('the quick brown fox');
    expect(heardPrefix('the quick brown fox', 0)).toBe('');
  });
});
