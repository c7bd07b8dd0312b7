import { AgentDispatchClient, RoomServiceClient } from 'livekit-server-sdk';
import type { LiveKitCredentials } from '../dispatch/credentials.js';
import type { Logger } from '../telemetry/log.js';
export interface BenchLiveKit {
    credentials: LiveKitCredentials;
    pid: number;
    rooms: RoomServiceClient;
    dispatches: AgentDispatchClient;
    /** A token for a person (kind standard). */
    personToken(room: string, identity: string): Promise<string>;
    /** A token for an agent that joins a room itself (kind agent), as a job host's agents do. */
    agentToken(room: string, identity: string): Promise<string>;
    close(): Promise<void>;
}
export declare function startBenchLiveKit(logger: Logger): Promise<BenchLiveKit>;
