// Scenario: while an agent talks with Alice and a backend follows the room's events, someone throws bad
// requests at the API: no credentials, expired and forged ones, participant tokens, 25 malformed bodies
// and parameters, and LiveKit webhooks with bad signatures or stale timestamps. Each gets its documented
// status and code (every authentication failure the same body, telling nothing); none acts; and the
// conversation and its event stream carry on undisturbed.
import { AccessToken } from 'livekit-server-sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UNAUTHENTICATED_MESSAGE } from '../../src/api/errors.js';
import { AGENT_DEFINITION_ATTRIBUTE } from '../../src/dispatch/room-agents.js';
import { VoiceParticipant } from '../../src/room/voice-participant.js';
import { speechWav } from '../fixtures/speech.js';
import { type ApiStack, startApiStack } from '../harness/api-stack.js';
import { expiredJwt, signWebhook, signWebhookExpired, webhookBody } from '../harness/livekit-webhook.js';
import { type EventStreamReader, openEventStream } from '../harness/sse.js';

const STATIC_KEY = 'static-api-key-for-tests-0123456789';
let stack: ApiStack;
let alice: VoiceParticipant;
let events: EventStreamReader;

beforeAll(async () => {
  stack = await startApiStack({ settings: { apiKey: STATIC_KEY, sweepIntervalMs: 3_600_000 } });
  expect((await stack.call('PUT', '/v1/rooms/busy-room/agents/plain-echo')).status).toBe(201);
  const { token, url } = (await stack.call('POST', '/v1/tokens', { room: 'busy-room', identity: 'alice' }))
    .json as {
    token: string;
    url: string;
  };
  alice = new VoiceParticipant();
  await alice.join(url, token);
  await alice.waitForParticipant((p) => p.attributes[AGENT_DEFINITION_ATTRIBUTE] === 'plain-echo', 120_000);
  events = await openEventStream(stack.api.url, '/v1/rooms/busy-room/events', stack.token);
  await alice.untilAgentDone({ sinceMs: 0, quietMs: 1_000, giveUpMs: 30_000 });
}, 400_000);

afterAll(async () => {
  events?.close();
  await alice?.leave().catch(() => undefined);
  await stack?.close();
});

const raw = (method: string, path: string, headers: Record<string, string>, body?: string) =>
  fetch(`${stack.api.url}${path}`, { method, headers, body }).then(async (response) => ({
    status: response.status,
    json: (await response.json().catch(() => undefined)) as unknown,
  }));

const refused = { error: { code: 'UNAUTHENTICATED', message: UNAUTHENTICATED_MESSAGE } };

describe('the API refuses bad input and carries on', { timeout: 180_000 }, () => {
  it('refuses missing, malformed, expired, forged and participant credentials with the same answer', async () => {
    const key = stack.livekit;
    const expired = expiredJwt(key, { video: { roomAdmin: true, roomCreate: true, roomList: true } });
    const forged = new AccessToken(key.apiKey, 'not-the-secret-not-the-secret-not-the', { ttl: '1h' });
    forged.addGrant({ roomAdmin: true, roomCreate: true, roomList: true });
    const participant = await key.token('busy-room', 'mallory');
    const roomAdmin = new AccessToken(key.apiKey, key.apiSecret, { ttl: '1h' });
    roomAdmin.addGrant({ roomAdmin: true, roomCreate: true, roomList: true, room: 'busy-room' });
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    const attempts: [string, Record<string, string>][] = [
      ['no header', {}],
      ['empty bearer', { authorization: 'Bearer ' }],
      ['basic auth', { authorization: `Basic ${Buffer.from('a:b').toString('base64')}` }],
      ['garbage', { authorization: 'Bearer not.a.jwt' }],
      ['expired', { authorization: `Bearer ${expired}` }],
      ['forged', { authorization: `Bearer ${await forged.toJwt()}` }],
      ['participant token', { authorization: `Bearer ${participant}` }],
      ['one room only', { authorization: `Bearer ${await roomAdmin.toJwt()}` }],
      ['wrong static key', { authorization: `Bearer ${STATIC_KEY.slice(0, -1)}x` }],
    ];
    for (const [what, headers] of attempts) {
      for (const [method, path] of [
        ['GET', '/v1/agents'],
        ['PUT', '/v1/rooms/busy-room/agents/lobby-echo'],
        ['GET', '/v1/no-such-endpoint'],
      ] as const) {
        const reply = await raw(method, path, headers);
        expect({ what, path, ...reply }).toEqual({ what, path, status: 401, json: refused });
      }
    }
    // The refused PUT did nothing.
    expect(
      (await stack.livekit.rooms.listParticipants('busy-room'))
        .map((p) => p.attributes[AGENT_DEFINITION_ATTRIBUTE])
        .filter(Boolean),
    ).toEqual(['plain-echo']);
    // The static key and a signed token are accepted.
    expect((await raw('GET', '/v1/agents', { authorization: `Bearer ${STATIC_KEY}` })).status).toBe(200);
    expect((await stack.call('GET', '/v1/agents')).status).toBe(200);
  });

  const big = 'x'.repeat(70 * 1024);
  const token = { room: 'r1', identity: 'i1' };
  const cases: [string, string, string, string | undefined, number, string, string?][] = [
    // [title, method, path, body, status, code, message fragment]
    ['not JSON', 'POST', '/v1/tokens', '{"room":', 400, 'BODY_INVALID', 'body: not valid JSON'],
    ['empty body', 'POST', '/v1/tokens', '', 400, 'BODY_INVALID', 'body: required'],
    ['a list', 'POST', '/v1/tokens', '[]', 400, 'BODY_INVALID', 'body'],
    ['null', 'POST', '/v1/tokens', 'null', 400, 'BODY_INVALID', 'body'],
    [
      'room missing',
      'POST',
      '/v1/tokens',
      JSON.stringify({ identity: 'i' }),
      400,
      'BODY_INVALID',
      'body.room',
    ],
    [
      'room with a space',
      'POST',
      '/v1/tokens',
      JSON.stringify({ ...token, room: 'a b' }),
      400,
      'BODY_INVALID',
      'body.room',
    ],
    [
      'room too long',
      'POST',
      '/v1/tokens',
      JSON.stringify({ ...token, room: 'r'.repeat(200) }),
      400,
      'BODY_INVALID',
      'body.room',
    ],
    [
      'identity a number',
      'POST',
      '/v1/tokens',
      JSON.stringify({ ...token, identity: 7 }),
      400,
      'BODY_INVALID',
      'body.identity',
    ],
    [
      'unknown field',
      'POST',
      '/v1/tokens',
      JSON.stringify({ ...token, admin: true }),
      400,
      'BODY_INVALID',
      'admin',
    ],
    [
      'ttl too short',
      'POST',
      '/v1/tokens',
      JSON.stringify({ ...token, ttl: '5s' }),
      400,
      'BODY_INVALID',
      'body.ttl',
    ],
    [
      'ttl not a duration',
      'POST',
      '/v1/tokens',
      JSON.stringify({ ...token, ttl: 'forever' }),
      400,
      'BODY_INVALID',
      'body.ttl',
    ],
    [
      'ttl a number',
      'POST',
      '/v1/tokens',
      JSON.stringify({ ...token, ttl: 60 }),
      400,
      'BODY_INVALID',
      'body.ttl',
    ],
    [
      'agent name malformed',
      'POST',
      '/v1/tokens',
      JSON.stringify({ ...token, agent: 'Echo!' }),
      400,
      'BODY_INVALID',
      'body.agent',
    ],
    [
      'agent unknown',
      'POST',
      '/v1/tokens',
      JSON.stringify({ ...token, agent: 'nobody' }),
      404,
      'AGENT_UNKNOWN',
      'nobody',
    ],
    [
      'name too long',
      'POST',
      '/v1/tokens',
      JSON.stringify({ ...token, name: 'n'.repeat(300) }),
      400,
      'BODY_INVALID',
      'body.name',
    ],
    [
      'body too large',
      'POST',
      '/v1/tokens',
      JSON.stringify({ ...token, name: big }),
      413,
      'PAYLOAD_TOO_LARGE',
    ],
    [
      'floor misspelt',
      'PUT',
      '/v1/rooms/busy-room/floor',
      JSON.stringify({ policy: 'adressed' }),
      400,
      'BODY_INVALID',
      'body.policy',
    ],
    ['floor missing', 'PUT', '/v1/rooms/busy-room/floor', '{}', 400, 'BODY_INVALID', 'body.policy'],
    [
      'floor extra field',
      'PUT',
      '/v1/rooms/busy-room/floor',
      JSON.stringify({ policy: 'open', now: true }),
      400,
      'BODY_INVALID',
      'now',
    ],
    [
      'floor for a single-mode agent',
      'PUT',
      '/v1/rooms/busy-room/floor',
      JSON.stringify({ policy: 'open' }),
      409,
      'FLOOR_UNAVAILABLE',
    ],
    [
      'floor in a room with no agent',
      'PUT',
      '/v1/rooms/empty-room-x/floor',
      JSON.stringify({ policy: 'open' }),
      404,
      'ROOM_NOT_FOUND',
    ],
    [
      'room name malformed in the path',
      'PUT',
      '/v1/rooms/bad%20room/agents/plain-echo',
      undefined,
      400,
      'PARAMS_INVALID',
      'path.room',
    ],
    [
      'agent name malformed in the path',
      'PUT',
      '/v1/rooms/r1/agents/Bad_Name',
      undefined,
      400,
      'PARAMS_INVALID',
      'path.agent',
    ],
    [
      'path not URL-encoded',
      'GET',
      '/v1/rooms/%E0%A4%A/agents',
      undefined,
      400,
      'PARAMS_INVALID',
      'path.room',
    ],
    [
      'unknown event type',
      'GET',
      '/v1/rooms/busy-room/events?types=state,gossip',
      undefined,
      400,
      'PARAMS_INVALID',
      'query.types',
    ],
    [
      'unknown query parameter',
      'GET',
      '/v1/rooms/busy-room/events?since=3',
      undefined,
      400,
      'PARAMS_INVALID',
      'since',
    ],
    ['wrong method', 'POST', '/v1/rooms/r1/agents/plain-echo', undefined, 405, 'METHOD_NOT_ALLOWED', 'PUT'],
    ['no such endpoint', 'GET', '/v1/nothing', undefined, 404, 'NOT_FOUND'],
    ['room that does not exist', 'GET', '/v1/rooms/no-room-here/agents', undefined, 404, 'ROOM_NOT_FOUND'],
  ];

  it(`answers ${cases.length} malformed requests with their documented code`, async () => {
    expect(cases.length).toBeGreaterThanOrEqual(25);
    for (const [title, method, path, body, status, code, fragment] of cases) {
      const headers: Record<string, string> = { authorization: `Bearer ${stack.token}` };
      if (body !== undefined) headers['content-type'] = 'application/json';
      const reply = await raw(method, path, headers, body);
      expect({
        title,
        status: reply.status,
        code: (reply.json as { error?: { code: string } })?.error?.code,
      }).toEqual({
        title,
        status,
        code,
      });
      if (fragment)
        expect((reply.json as { error: { message: string } }).error.message, title).toContain(fragment);
    }
    const wrongType = await raw(
      'POST',
      '/v1/tokens',
      { authorization: `Bearer ${stack.token}`, 'content-type': 'text/plain' },
      JSON.stringify(token),
    );
    expect(wrongType).toMatchObject({ status: 415, json: { error: { code: 'UNSUPPORTED_MEDIA_TYPE' } } });
  });

  it('refuses LiveKit webhooks with bad signatures or stale timestamps, and acts on none of them', async () => {
    const post = (body: string, headers: Record<string, string>) =>
      raw('POST', '/v1/livekit/webhook', { 'content-type': 'application/webhook+json', ...headers }, body);
    // Each would bring lobby-echo into lobby-forged if it were believed.
    const event = () =>
      webhookBody({
        event: 'participant_joined',
        room: { name: 'lobby-forged' },
        participant: { identity: 'zed' },
      });
    await stack.livekit.rooms.createRoom({ name: 'lobby-forged' });
    const other = { apiKey: stack.livekit.apiKey, apiSecret: 'another-secret-another-secret-another' };
    const body = event();
    const signed = await signWebhook(stack.livekit, body);
    const expired = signWebhookExpired(stack.livekit, event());
    const old = await signWebhook(
      stack.livekit,
      webhookBody({
        event: 'participant_joined',
        room: { name: 'lobby-forged' },
        participant: { identity: 'zed' },
        createdAt: Math.floor(Date.now() / 1000) - 600,
      }),
    );
    const notJson = await signWebhook(stack.livekit, 'this is not json');
    const checks: [string, Promise<{ status: number; json: unknown }>, number, string][] = [
      ['no signature', post(body, {}), 401, 'WEBHOOK_SIGNATURE_INVALID'],
      [
        'signed with another secret',
        post(body, { authorization: (await signWebhook(other, body)).authorization }),
        401,
        'WEBHOOK_SIGNATURE_INVALID',
      ],
      [
        'signature of another body',
        post(event(), { authorization: signed.authorization }),
        401,
        'WEBHOOK_SIGNATURE_INVALID',
      ],
      ['garbage signature', post(body, { authorization: 'abc.def.ghi' }), 401, 'WEBHOOK_SIGNATURE_INVALID'],
      [
        'expired signature',
        post(expired.body, { authorization: expired.authorization }),
        401,
        'WEBHOOK_STALE',
      ],
      ['event ten minutes old', post(old.body, { authorization: old.authorization }), 401, 'WEBHOOK_STALE'],
      [
        'signed, but not an event',
        post(notJson.body, { authorization: notJson.authorization }),
        400,
        'BODY_INVALID',
      ],
    ];
    for (const [title, reply, status, code] of checks) {
      const { status: got, json } = await reply;
      expect({ title, status: got, code: (json as { error: { code: string } }).error.code }).toEqual({
        title,
        status,
        code,
      });
    }
    await new Promise((resolve) => setTimeout(resolve, 5_000));
    expect(await stack.livekit.dispatches.listDispatch('lobby-forged')).toEqual(
      expect.not.arrayContaining([expect.objectContaining({ agentName: 'lobby-echo' })]),
    );
  });

  it('kept the conversation and its event stream going throughout', async () => {
    const before = events.records.length;
    const spokeAt = await alice.speak(speechWav('short', '48k'));
    expect(
      await alice.untilAgentDone({ sinceMs: spokeAt, quietMs: 1_000, giveUpMs: 30_000 }),
    ).toBeGreaterThan(300);
    await expect
      .poll(() => events.records.slice(before).map((record) => record.type), { timeout: 20_000 })
      .toEqual(expect.arrayContaining(['speech_started', 'turn', 'transcript', 'usage']));
    expect((await stack.call('GET', '/v1/health')).json).toMatchObject({
      status: 'ok',
      livekit: 'reachable',
    });
  });
});
