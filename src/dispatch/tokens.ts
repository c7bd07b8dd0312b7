// Participant tokens for joining a room, optionally asking LiveKit to dispatch an agent into the room when
// it is created (the token's room configuration; LiveKit ignores it if the room already exists).
import { AccessToken, RoomAgentDispatch, RoomConfiguration } from 'livekit-server-sdk';
import type { LiveKitCredentials } from './credentials.js';

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
