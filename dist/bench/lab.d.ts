import type { Logger } from '../telemetry/log.js';
import { type BenchLiveKit } from './bench-livekit.js';
import { type EngineProcess } from './engine-process.js';
import { type AgentFleet, type FleetName } from './fleets.js';
import { type SpokenClip } from './speech-source.js';
export interface RoomLab {
    livekit: BenchLiveKit;
    engine: EngineProcess;
    /** What the talkers say each turn. */
    clip: SpokenClip;
    fleet(name: FleetName): Promise<AgentFleet>;
    close(): Promise<void>;
}
export interface LabOptions {
    /** The clip talkers say (48 kHz speech WAV). */
    talkerWav: string;
    /** The clip the engine answers with (speech WAV, any rate). */
    replyWav: string;
    logger: Logger;
}
export declare function openLab(options: LabOptions): Promise<RoomLab>;
