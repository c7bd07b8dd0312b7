// Connecting to the engine the way clients do, right and wrong: API keys (Bearer, Azure api-key,
// browser subprotocol), a wrong key refused with 401 before the upgrade, the retired beta header
// answered with beta_api_shape_disabled and close 4000, the session cap ending like the hosted one,
// and a scripted disconnect dropping the socket mid-response.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { type RunningEngine, scriptBehaviour, startEngine } from '../../src/engine/index.js';
import { WireClient } from './wire-client.js';

let engine: RunningEngine;
beforeAll(async () => {
  engine = await startEngine({
    apiKey: 'sk-right',
    sessionCapMs: 2_000,
    pacing: { speed: 1, chunkMs: 50 },
    behaviour: scriptBehaviour({
      turns: [{ say: 'This reply is cut off before it ends, on purpose.', disconnect_after_ms: 150 }],
    }),
  });
});
afterAll(() => engine?.close());

function upgradeStatus(url: string, headers: Record<string, string>, protocols?: string[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url, protocols, { headers });
    socket.once('unexpected-response', (_request, response) => {
      resolve(response.statusCode ?? 0);
      socket.terminate();
    });
    socket.once('open', () => {
      resolve(101);
      socket.close();
    });
    socket.once('error', (error) => {
      if (!String(error).includes('Unexpected server response')) reject(error);
    });
  });
}

describe('connecting', () => {
  it('accepts the right key as Bearer, as Azure api-key and as a browser subprotocol', async () => {
    const url = `${engine.url}?model=gpt-realtime`;
    expect(await upgradeStatus(url, { Authorization: 'Bearer sk-right' })).toBe(101);
    expect(
      await upgradeStatus(url.replace('/v1/realtime', '/openai/v1/realtime'), { 'api-key': 'sk-right' }),
    ).toBe(101);
    expect(await upgradeStatus(url, {}, ['realtime', 'openai-insecure-api-key.sk-right'])).toBe(101);
  });

  it('refuses a wrong or missing key with 401, an unknown path with 404 and a missing model with 400', async () => {
    expect(
      await upgradeStatus(`${engine.url}?model=gpt-realtime`, { Authorization: 'Bearer sk-wrong' }),
    ).toBe(401);
    expect(await upgradeStatus(`${engine.url}?model=gpt-realtime`, {})).toBe(401);
    expect(
      await upgradeStatus(`${engine.url.replace('/v1/realtime', '/v1/chat')}?model=x`, {
        Authorization: 'Bearer sk-right',
      }),
    ).toBe(404);
    expect(await upgradeStatus(engine.url, { Authorization: 'Bearer sk-right' })).toBe(400);
  });

  it('answers the retired beta header with beta_api_shape_disabled and close 4000', async () => {
    const socket = new WebSocket(`${engine.url}?model=gpt-4o-realtime-preview`, {
      headers: { Authorization: 'Bearer sk-right', 'OpenAI-Beta': 'realtime=v1' },
    });
    const messages: { type: string; error: { code: string } }[] = [];
    socket.on('message', (data) => messages.push(JSON.parse(data.toString())));
    const [code, reason] = await new Promise<[number, string]>((resolve) =>
      socket.on('close', (c, r) => resolve([c, r.toString()])),
    );
    expect(code).toBe(4000);
    expect(reason).toBe('invalid_request_error.beta_api_shape_disabled');
    expect(messages.map((m) => [m.type, m.error.code])).toEqual([['error', 'beta_api_shape_disabled']]);
  });

  it('ends a session at its cap with session_expired and close 1001, as announced by expires_at', async () => {
    const client = await WireClient.connect(engine.url, { Authorization: 'Bearer sk-right' });
    const created = client.events[0]!;
    const expiresAt = (created.session as { expires_at: number }).expires_at;
    expect(Math.abs(expiresAt - (Date.now() + 2_000) / 1000)).toBeLessThan(3);
    const { code, reason } = await client.closed;
    expect(code).toBe(1001);
    expect(reason).toBe('Your session hit the maximum duration of 2 seconds.');
    const error = client.events.at(-1)!;
    expect(error.error).toEqual({
      type: 'invalid_request_error',
      code: 'session_expired',
      message: reason,
      param: null,
      event_id: null,
    });
  });

  it('drops the socket mid-response when the script says so', async () => {
    const client = await WireClient.connect(engine.url, { Authorization: 'Bearer sk-right' });
    client.send({ type: 'response.create' });
    await client.next('response.output_audio.delta');
    const { code } = await client.closed;
    expect(code).toBe(1006);
    expect(client.types()).not.toContain('response.done');
  });
});

describe('starting the engine', () => {
  it('refuses options that cannot work, naming them', async () => {
    await expect(startEngine({ host: '0.0.0.0' })).rejects.toThrow(/not a loopback address[\s\S]*at host/);
    await expect(startEngine({ sessionCapMs: -1 })).rejects.toThrow(/at sessionCapMs/);
    await expect(startEngine({ pacing: { speed: 0 } })).rejects.toThrow(/at pacing\.speed/);
  });

  it('reports a port already taken as PORT_IN_USE', async () => {
    await expect(startEngine({ port: engine.port })).rejects.toMatchObject({ code: 'PORT_IN_USE' });
  });
});
