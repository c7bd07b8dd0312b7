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

/** A room's dispatches and participants, or undefined when the room does not exist. */
export async function readRoom(
  api: ServerApi,
  room: string,
): Promise<{ dispatches: AgentDispatch[]; participants: ParticipantInfo[] } | undefined> {
  const [found] = await api.rooms.listRooms([room]);
  if (!found) return undefined;
  const [dispatches, participants] = await Promise.all([
    api.dispatches.listDispatch(room),
    api.rooms.listParticipants(room),
  ]);
  return { dispatches, participants };
}
