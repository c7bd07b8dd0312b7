import type { Logger } from '../telemetry/log.js';
import { TypedEmitter } from '../typed-emitter.js';
import type { Dispatcher } from './dispatcher.js';
import { type AgentNaming } from './room-agents.js';
import type { RoomTriggers } from './room-triggers.js';
import type { ServerApi } from './server-api.js';
export interface ReconcilerOptions {
    api: ServerApi;
    dispatcher: Dispatcher;
    triggers: RoomTriggers;
    naming: AgentNaming;
    intervalMs: number;
    graceMs: number;
    logger: Logger;
}
/** What one sweep did. */
export interface SweepReport {
    rooms: number;
    /** Agents dispatched again after their job died. */
    recovered: {
        room: string;
        agent: string;
    }[];
    /** Leftover duplicate dispatches removed. */
    removed: string[];
}
export interface ReconcilerEvents {
    /** A room as one sweep saw it: how many agent participants it has. */
    room: {
        room: string;
        agents: number;
    };
}
export declare class Reconciler extends TypedEmitter<ReconcilerEvents> {
    #private;
    constructor(options: ReconcilerOptions);
    start(): void;
    close(): Promise<void>;
    /** One sweep over every room; concurrent calls share it. */
    sweep(): Promise<SweepReport>;
}
