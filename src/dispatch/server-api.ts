// The LiveKit server API clients this project uses (rooms and agent dispatches), made once from the
// credentials, plus the reads every dispatch decision starts from: one room's dispatches and participants.
import {
  type AgentDispatch,
  AgentDispatchClient,
  type ParticipantInfo,
  RoomServiceClient,
} from 'livekit-server-sdk';
import { httpUrlOf, type LiveKitCredentials } from './credentials.js';

export interface ServerApi {
  rooms: RoomServiceClient;
  dispatches: AgentDispatchClient;
}

export function serverApi(credentials: LiveKitCredentials): ServerApi {
  const url = httpUrlOf(credentials.url);
  return {
    rooms: new RoomServiceClient(url, credentials.apiKey, credentials.apiSecret),
    dispatches: new AgentDispatchClient(url, credentials.apiKey, credentials.apiSecret),
  };
}

/**
 * A room's dispatches and participants, or undefined when the room does not exist. The three reads go
 * out together (one round trip: a job offer waits on this); the other two fail for a missing room.
 */
export async function readRoom(
  api: ServerApi,
  room: string,
): Promise<{ dispatches: AgentDispatch[]; participants: ParticipantInfo[] } | undefined> {
  const [rooms, dispatches, participants] = await Promise.allSettled([
    api.rooms.listRooms([room]),
    api.dispatches.listDispatch(room),
    api.rooms.listParticipants(room),
  ]);
  if (rooms.status === 'rejected') throw rooms.reason;
  if (rooms.value.length === 0) return undefined;
  if (dispatches.status === 'rejected') throw dispatches.reason;
  if (participants.status === 'rejected') throw participants.reason;
  return { dispatches: dispatches.value, participants: participants.value };
}
