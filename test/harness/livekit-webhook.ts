// LiveKit webhook posts made the way the server makes them: a JSON body (protobuf JSON of
// livekit.WebhookEvent) and a JWT signed with the API key pair carrying the body's SHA-256, for tests
// that post events the server would (bursts, stale or forged ones).
import { createHash, createHmac, randomBytes } from 'node:crypto';
import { AccessToken } from 'livekit-server-sdk';
import type { LiveKitCredentials } from '../../src/dispatch/credentials.js';

export interface WebhookPost {
  body: string;
  authorization: string;
}

export interface EventFields {
  event: string;
  room: { name: string; sid?: string; metadata?: string };
  participant?: { identity: string; kind?: number };
  /** Seconds since the epoch (default now). */
  createdAt?: number;
  id?: string;
}

export function webhookBody(fields: EventFields): string {
  return JSON.stringify({
    event: fields.event,
    room: { sid: fields.room.sid ?? 'RM_test', name: fields.room.name, metadata: fields.room.metadata ?? '' },
    ...(fields.participant
      ? {
          participant: {
            sid: `PA_${fields.participant.identity}`,
            identity: fields.participant.identity,
            kind: fields.participant.kind ?? 0,
          },
        }
      : {}),
    id: fields.id ?? `EV_${randomBytes(6).toString('hex')}`,
    createdAt: String(fields.createdAt ?? Math.floor(Date.now() / 1000)),
  });
}

/** Signs `body` as LiveKit does (token valid `ttl`, default 5 minutes). */
export async function signWebhook(
  credentials: Pick<LiveKitCredentials, 'apiKey' | 'apiSecret'>,
  body: string,
  ttl: string | number = '5m',
): Promise<WebhookPost> {
  const token = new AccessToken(credentials.apiKey, credentials.apiSecret, { ttl });
  token.sha256 = bodyDigest(body);
  return { body, authorization: await token.toJwt() };
}

const bodyDigest = (body: string) => createHash('sha256').update(body).digest('base64');
const base64url = (data: string | Buffer) => Buffer.from(data).toString('base64url');

/**
 * A LiveKit JWT (HS256, signed with the key pair) that expired `agoSeconds` ago: past the verifiers' clock
 * tolerance (10 s), without waiting for one to expire.
 */
export function expiredJwt(
  credentials: Pick<LiveKitCredentials, 'apiKey' | 'apiSecret'>,
  claims: Record<string, unknown>,
  agoSeconds = 120,
): string {
  const now = Math.floor(Date.now() / 1000);
  const header = base64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));
  const payload = base64url(
    JSON.stringify({ ...claims, iss: credentials.apiKey, nbf: now - 3_600, exp: now - agoSeconds }),
  );
  const signature = createHmac('sha256', credentials.apiSecret).update(`${header}.${payload}`).digest();
  return `${header}.${payload}.${base64url(signature)}`;
}

/** A webhook post whose signature expired `agoSeconds` ago. */
export function signWebhookExpired(
  credentials: Pick<LiveKitCredentials, 'apiKey' | 'apiSecret'>,
  body: string,
  agoSeconds = 120,
): WebhookPost {
  return { body, authorization: expiredJwt(credentials, { sha256: bodyDigest(body) }, agoSeconds) };
}
