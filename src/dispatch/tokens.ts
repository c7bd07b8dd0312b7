// Participant tokens for joining a room, optionally asking LiveKit to dispatch an agent into the room when
// it is created (the token's room configuration). LiveKit ignores that if the room already exists
// (livekit/livekit#4390), so `tokenBringingAgent` dispatches the agent itself in that case.
import { AccessToken, RoomAgentDispatch, RoomConfiguration } from 'livekit-server-sdk';
import type { LiveKitCredentials } from './credentials.js';
import type { Dispatcher, DispatchRoute } from './dispatcher.js';

export interface ParticipantTokenOptions {
  room: string;
  identity: string;
  name?: string;
  /** Agent to dispatch when this participant creates the room. */
  agentName?: string;
  /** Seconds, or a span like 24h (default 24h). */
  ttl?: string | number;
}

export function participantToken(
  credentials: LiveKitCredentials,
  options: ParticipantTokenOptions,
): Promise<string> {
  const token = new AccessToken(credentials.apiKey, credentials.apiSecret, {
    identity: options.identity,
    name: options.name ?? options.identity,
    ttl: options.ttl ?? '24h',
  });
  token.addGrant({
    room: options.room,
    roomJoin: true,
    canPublish: true,
    canSubscribe: true,
    canPublishData: true,
  });
  if (options.agentName) {
    token.roomConfig = new RoomConfiguration({
      agents: [new RoomAgentDispatch({ agentName: options.agentName })],
    });
  }
  return token.toJwt();
}

/**
 * A token whose join brings `agentName` into the room: by the token's room configuration when the join
 * creates the room, and by dispatching it now (idempotently) when the room already exists. Returns the
 * dispatch made or reused now, if any.
 */
export async function tokenBringingAgent(
  credentials: LiveKitCredentials,
  dispatcher: Dispatcher,
  options: ParticipantTokenOptions & { agentName: string },
  route: DispatchRoute = 'token',
): Promise<{ token: string; dispatchId: string | undefined }> {
  dispatcher.requireAgent(options.agentName);
  const token = await participantToken(credentials, options);
  const exists = await dispatcher.roomExists(options.room);
  const dispatchId = exists
    ? (await dispatcher.ensure(options.room, options.agentName, route)).dispatchId
    : undefined;
  return { token, dispatchId };
}
