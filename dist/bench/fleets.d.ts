import type { Logger } from '../telemetry/log.js';
import type { BenchLiveKit } from './bench-livekit.js';
import { type AgentRole } from './bench-roles.js';
export type FleetName = 'project' | 'floor' | 'peer';
export interface AgentFleet {
    readonly name: FleetName;
    /** The processes to measure (their descendants count too). */
    pids(): number[];
    /** Asks for an agent with `role` in `room`, hearing `talker`; resolves once asked (it joins after). */
    place(room: string, role: AgentRole, talker: string): Promise<void>;
    /** Takes the agent out of `room`. */
    remove(room: string): Promise<void>;
    /** Resolves once the fleet is as ready for a new room as when it started (warm). */
    settled(): Promise<void>;
    /** Why an agent did not join `room`, if the fleet knows. */
    failure(room: string): string | undefined;
    close(): Promise<void>;
}
interface FleetContext {
    livekit: BenchLiveKit;
    logger: Logger;
}
/** The project's or the floor's agent host process, on the engine at `engineUrl`. */
export declare function startHostFleet(name: 'project' | 'floor', engineUrl: string, { livekit, logger }: FleetContext): Promise<AgentFleet>;
/** The peer's worker process, registered on the bench's server, its agents on the engine at `engineHttpUrl`. */
export declare function startPeerFleet(engineHttpUrl: string, { livekit, logger }: FleetContext): Promise<AgentFleet>;
export {};
