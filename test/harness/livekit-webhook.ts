// LiveKit webhook posts made the way the server makes them: a JSON body (protobuf JSON of
// livekit.WebhookEvent) and a JWT signed with the API key pair carrying the body's SHA-256, for tests
// that post events the server would (bursts, stale or forged ones).
import { createHash, randomBytes } from 'node:crypto';
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
  token.sha256 = createHash('sha256').update(body).digest('base64');
  return { body, authorization: await token.toJwt() };
}
