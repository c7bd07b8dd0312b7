import type { Logger } from '../telemetry/log.js';
export interface EngineProcess {
    /** The realtime WebSocket URL (ws://127.0.0.1:PORT/v1/realtime). */
    url: string;
    /** The base URL SDKs take (http://127.0.0.1:PORT/v1). */
    httpUrl: string;
    pid: number;
    /** Duration of the spoken reply, ms. */
    replyMs: number;
    stop(): Promise<void>;
}
export interface EngineProcessOptions {
    /** The clip every response speaks. */
    replyWav: string;
    /** Pace of audio deltas against real time (the engine's default is 4). */
    speed?: number;
    logger: Logger;
}
export declare function startEngineProcess(options: EngineProcessOptions): Promise<EngineProcess>;
