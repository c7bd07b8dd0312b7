import { type AgentDispatch, AgentDispatchClient, type ParticipantInfo, RoomServiceClient } from 'livekit-server-sdk';
import { type LiveKitCredentials } from './credentials.js';
export interface ServerApi {
    rooms: RoomServiceClient;
    dispatches: AgentDispatchClient;
}
export declare function serverApi(credentials: LiveKitCredentials): ServerApi;
/** A room's dispatches and participants, or undefined when the room does not exist. */
export declare function readRoom(api: ServerApi, room: string): Promise<{
    dispatches: AgentDispatch[];
    participants: ParticipantInfo[];
} | undefined>;
