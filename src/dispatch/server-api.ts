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

/** A settled read: its value, or why it failed. */
type Read<T> = { value: T } | { error: unknown };
const settle = <T>(read: Promise<T>): Promise<Read<T>> =>
  read.then(
    (value) => ({ value }),
    (error: unknown) => ({ error }),
  );

/**
 * A room's dispatches and participants, or undefined when the room does not exist. The three reads go
 * out together (one round trip: a job offer waits on this); the other two fail for a missing room.
 */
export async function readRoom(
  api: ServerApi,
  room: string,
): Promise<{ dispatches: AgentDispatch[]; participants: ParticipantInfo[] } | undefined> {
  const [rooms, dispatches, participants] = await Promise.all([
    api.rooms.listRooms([room]),
    settle(api.dispatches.listDispatch(room)),
    settle(api.rooms.listParticipants(room)),
  ]);
  if (rooms.length === 0) return undefined;
  if ('error' in dispatches) throw dispatches.error;
  if ('error' in participants) throw participants.error;
  return { dispatches: dispatches.value, participants: participants.value };
}
