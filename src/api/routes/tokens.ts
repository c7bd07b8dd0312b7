// POST /v1/tokens: a participant token, optionally bringing an agent. The token carries a room agent
// dispatch (LiveKit applies it when this join creates the room); because LiveKit silently ignores it when
// the room already exists (livekit/livekit#4390), the API dispatches the agent itself in that case, and
// also when the holder joins a room that someone else created meanwhile (room-triggers.ts).
import type { z } from 'zod';
import { parseDuration } from '../../definition/duration.js';
import { participantToken, tokenBringingAgent } from '../../dispatch/tokens.js';
import type { ApiContext } from '../context.js';
import { route } from '../router.js';
import { tokenRequest, tokenResponse } from '../schemas.js';

const DEFAULT_TTL = '6h';

/** Mints the token a token request asks for (the playground's token route reuses it). */
export async function mintToken(
  context: ApiContext,
  body: z.output<typeof tokenRequest>,
): Promise<z.output<typeof tokenResponse>> {
  const ttlMs = parseDuration(body.ttl ?? DEFAULT_TTL)!;
  const options = {
    room: body.room,
    identity: body.identity,
    name: body.name,
    ttl: Math.round(ttlMs / 1000),
  };
  let token: string;
  let dispatchId: string | undefined;
  if (body.agent) {
    ({ token, dispatchId } = await tokenBringingAgent(context.credentials, context.dispatcher, {
      ...options,
      agentName: body.agent,
    }));
    // Should someone else create the room before this holder joins, their join dispatches it.
    context.triggers.expectFromToken(body.room, body.identity, body.agent, ttlMs);
    void context.hub.watchAgents(body.room);
  } else {
    token = await participantToken(context.credentials, options);
  }
  return tokenResponse.parse({
    token,
    url: context.publicUrl,
    room: body.room,
    identity: body.identity,
    expiresAt: new Date(Date.now() + ttlMs).toISOString(),
    agent: body.agent ? { name: body.agent, dispatchId } : undefined,
  });
}

export function tokenRoutes(context: ApiContext) {
  return [
    route({
      method: 'POST',
      path: '/v1/tokens',
      operationId: 'createToken',
      tag: 'tokens',
      summary: 'Mint a participant token, optionally bringing an agent',
      auth: 'bearer',
      body: tokenRequest,
      responses: {
        201: { description: 'The token and the URL to join with.', schema: tokenResponse },
        404: { description: 'AGENT_UNKNOWN: no definition of that name.' },
      },
      handle: async ({ body }) => ({ status: 201, json: await mintToken(context, body) }),
    }),
  ];
}
