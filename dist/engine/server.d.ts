import { type Logger } from '../telemetry/log.js';
import type { Behaviour } from './behaviour.js';
import { type Pacing } from './response-run.js';
import type { SessionSnapshot } from './session-snapshot.js';
import { type SpeechRecogniserOptions } from './transcription/speech-recogniser.js';
export interface EngineOptions {
    /** 0 (default) picks a free port. */
    port?: number;
    host?: string;
    /** How the engine answers (default: echo). */
    behaviour?: Behaviour;
    /** Session lifetime before session_expired + close 1001 (default 60 minutes, as hosted). */
    sessionCapMs?: number;
    /** When set, clients must present this key (Authorization: Bearer, or Azure's api-key header). */
    apiKey?: string;
    /** Serve wss:// with the given PEM certificate and key, or with a generated one (`true`). */
    tls?: boolean | {
        cert: string;
        key: string;
    };
    /** Pace of audio deltas (default 4x real time, 100 ms per delta). */
    pacing?: Partial<Pacing>;
    /** The speech recogniser behind input audio transcription (pocketsphinx; see SpeechRecogniserOptions). */
    transcription?: Omit<SpeechRecogniserOptions, 'log'>;
    log?: Logger;
}
export interface RunningEngine {
    /** WebSocket URL of the realtime endpoint, e.g. ws://127.0.0.1:PORT/v1/realtime. */
    url: string;
    /** Base URL for SDKs (`baseURL`), e.g. http://127.0.0.1:PORT/v1. */
    httpUrl: string;
    port: number;
    /** PEM of the certificate when serving TLS, and where it was written (generated certificates). */
    certPem?: string;
    certPath?: string;
    /**
     * What the engine holds, each session's conversation: the last CLOSED_SESSIONS_KEPT closed sessions as
     * they were when they closed, in the order they closed, then the open ones in the order they connected.
     */
    sessions(): SessionSnapshot[];
    /** Closes every session and the server, and stops the speech recogniser. */
    close(): Promise<void>;
}
/** Closed sessions whose final snapshot the engine keeps. */
export declare const CLOSED_SESSIONS_KEPT = 16;
export declare function startEngine(options?: EngineOptions): Promise<RunningEngine>;
