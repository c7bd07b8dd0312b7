// Bad input from the server: frames that are not JSON, lack a type, or lack fields the client relies
// on are logged and skipped; the session carries on. A tiny raw WebSocket server plays the service
// (this is a unit test of parsing and survival; integration tests use the real engine).
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocketServer } from 'ws';
import { type MalformedEvent, RealtimeClient } from '../../src/realtime/index.js';
import { parseServerFrame } from '../../src/realtime/server-events.js';

const servers: WebSocketServer[] = [];
afterEach(() => {
  for (const server of servers.splice(0)) server.close();
});

function capturingLogger() {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(JSON.parse(chunk.toString()));
      done();
    },
  });
  return { logger: pino({ level: 'warn' }, stream), lines };
}

describe('parsing server frames', () => {
  it('accepts a valid event with unknown extra fields', () => {
    const parsed = parseServerFrame(
      JSON.stringify({
        type: 'response.output_audio_transcript.delta',
        event_id: 'e',
        response_id: 'r',
        item_id: 'i',
        output_index: 0,
        content_index: 0,
        delta: 'Hi',
        obfuscation: 'xyz',
      }),
    );
    expect(parsed.ok).toBe(true);
  });

  it('accepts an event type it does not know', () => {
    expect(parseServerFrame('{"type":"response.future_thing.delta","event_id":"e"}').ok).toBe(true);
  });

  it('says what is wrong with a bad frame', () => {
    expect(parseServerFrame('not json')).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/^not JSON/),
    });
    expect(parseServerFrame('{"event_id":"e"}')).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/no event type/),
    });
    expect(
      parseServerFrame('{"type":"response.output_audio.delta","response_id":"r","item_id":"i","delta":42}'),
    ).toMatchObject({
      ok: false,
      type: 'response.output_audio.delta',
      reason: expect.stringMatching(/delta/),
    });
  });
});

describe('a session whose server sends garbage', () => {
  it('logs and skips each bad frame, and keeps working', async () => {
    const server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
    servers.push(server);
    await once(server, 'listening');
    server.on('connection', (socket) => {
      socket.send(
        JSON.stringify({
          type: 'session.created',
          event_id: 'e0',
          session: { id: 'sess_raw', type: 'realtime' },
        }),
      );
      socket.on('message', (data) => {
        const event = JSON.parse(data.toString()) as { type: string; event_id: string };
        if (event.type === 'session.update') {
          socket.send('{"type": "session.updated", oops');
          socket.send(JSON.stringify({ event_id: 'e1' }));
          socket.send(Buffer.from([1, 2, 3]), { binary: true });
          socket.send(
            JSON.stringify({ type: 'response.created', event_id: 'e2', response: { status: 'in_progress' } }),
          );
          socket.send(
            JSON.stringify({ type: 'session.updated', event_id: 'e3', session: { type: 'realtime' } }),
          );
        }
        if (event.type === 'conversation.item.create') {
          socket.send(
            JSON.stringify({
              type: 'conversation.item.added',
              event_id: 'e4',
              previous_item_id: null,
              item: {
                id: 'item_1',
                type: 'message',
                role: 'user',
                content: [{ type: 'input_text', text: 'hi' }],
              },
            }),
          );
        }
      });
    });
    const { port } = server.address() as AddressInfo;
    const { logger, lines } = capturingLogger();
    const client = new RealtimeClient(
      { provider: { provider: 'local', url: `ws://127.0.0.1:${port}/v1/realtime` }, session: {} },
      { logger },
    );
    const malformed: MalformedEvent[] = [];
    client.on('malformed_event', (event) => malformed.push(event));

    await client.connect();
    expect(client.state).toBe('ready');
    expect(malformed.map((event) => event.reason)).toEqual([
      expect.stringMatching(/^not JSON/),
      expect.stringMatching(/no event type/),
      expect.stringMatching(/binary frame/),
      expect.stringMatching(/response\.id/),
    ]);
    expect(lines.filter((line) => line.msg === 'malformed server event skipped')).toHaveLength(4);

    const added = client.next('conversation.item.added');
    client.createItem({ type: 'message', role: 'user', content: [{ type: 'input_text', text: 'hi' }] });
    expect((await added).item.id).toBe('item_1');
    expect(client.conversation.map((item) => item.id)).toEqual(['item_1']);
    client.close();
  });
});
