// A half-open socket: the server stops answering pings without closing. The client's heartbeat
// notices, drops the socket and reconnects; a server that answers keeps its session. A raw WebSocket
// server plays the service here (a unit test of the heartbeat; ws answers pings by itself otherwise).
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocketServer } from 'ws';
import { RealtimeClient } from '../../src/realtime/index.js';
import { quiet } from './harness.js';

let server: WebSocketServer | undefined;
let client: RealtimeClient | undefined;
afterEach(() => {
  client?.close();
  server?.close();
});

describe('the heartbeat', () => {
  it('drops a socket whose server stopped answering pings, and reconnects', async () => {
    server = new WebSocketServer({ host: '127.0.0.1', port: 0, autoPong: false });
    await once(server, 'listening');
    let connections = 0;
    server.on('connection', (socket) => {
      connections += 1;
      const answersPings = connections > 1;
      if (answersPings) socket.on('ping', (data) => socket.pong(data));
      socket.send(
        JSON.stringify({ type: 'session.created', event_id: 'e', session: { id: `sess_${connections}` } }),
      );
      socket.on('message', (data) => {
        const event = JSON.parse(data.toString()) as { type: string };
        if (event.type === 'session.update')
          socket.send(JSON.stringify({ type: 'session.updated', event_id: 'e', session: {} }));
      });
    });
    const url = `ws://127.0.0.1:${(server.address() as AddressInfo).port}/v1/realtime`;
    client = new RealtimeClient(
      {
        provider: { provider: 'local', url },
        session: {},
        heartbeatMs: 200,
        reconnect: { maxAttempts: 3, initialDelayMs: 10, maxDelayMs: 50 },
      },
      { logger: quiet },
    );
    await client.connect();
    expect(client.sessionId).toBe('sess_1');

    const reconnected = await client.next('reconnected');
    expect(reconnected).toMatchObject({ previousSessionId: 'sess_1', sessionId: 'sess_2' });
    await sleep(1_000); // five heartbeats, all answered
    expect(client.sessionId).toBe('sess_2');
    expect(client.state).toBe('ready');
  });
});
