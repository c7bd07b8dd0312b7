import type { ProviderEndpoint } from './providers.js';
import type { SessionConfig } from './session-config.js';
import type { RealtimeSessionCreateRequest } from './wire.js';
type GaFormat = NonNullable<NonNullable<RealtimeSessionCreateRequest['audio']>['input']>['format'];
/** xAI's flat session shape (voice and turn detection at the top level). */
export interface XaiSession {
    instructions?: string;
    voice?: string;
    turn_detection: {
        type: 'server_vad';
        threshold?: number;
        silence_duration_ms?: number;
        prefix_padding_ms?: number;
    } | null;
    audio: {
        input: {
            format: GaFormat;
        };
        output: {
            format: GaFormat;
        };
    };
    tools: RealtimeSessionCreateRequest['tools'];
    tool_choice?: RealtimeSessionCreateRequest['tool_choice'];
}
export interface XaiSessionUpdateEvent {
    type: 'session.update';
    event_id?: string;
    session: XaiSession;
}
export interface GaSessionUpdateEvent {
    type: 'session.update';
    event_id?: string;
    session: RealtimeSessionCreateRequest;
}
export interface BuiltSessionUpdate {
    readonly event: GaSessionUpdateEvent | XaiSessionUpdateEvent;
    /** Config fields left out because this provider or model does not take them. */
    readonly omitted: readonly string[];
}
export declare function buildSessionUpdate(config: SessionConfig, endpoint: ProviderEndpoint): BuiltSessionUpdate;
export {};
