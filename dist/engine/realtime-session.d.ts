import type { WebSocket } from 'ws';
import type { Logger } from '../telemetry/log.js';
import type { Behaviour } from './behaviour.js';
import { type Pacing } from './response-run.js';
import { type SessionSnapshot } from './session-snapshot.js';
import type { Transcriber } from './transcription/speech-recogniser.js';
export interface RealtimeSessionOptions {
    model: string;
    behaviour: Behaviour;
    pacing: Pacing;
    sessionCapMs: number;
    /** The engine's speech recogniser, for input audio transcription. */
    recogniser: Transcriber;
    /** Called once when the session ends. */
    onClosed?: (session: RealtimeSession) => void;
    log: Logger;
}
export declare class RealtimeSession {
    #private;
    readonly id: string;
    constructor(socket: WebSocket, options: RealtimeSessionOptions);
    /** The session's conversation as plain data (a copy). */
    snapshot(): SessionSnapshot;
    /** Sends session.created and starts serving client events. */
    start(): void;
}
