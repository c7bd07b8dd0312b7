import { type VadSettings } from '../audio/vad/speech-segmenter.js';
import type { WireAudioFormat } from '../audio/wire-format.js';
import type { AgentDefinition, LoadedDefinition, TemplateValues } from '../definition/index.js';
import type { FunctionTool, RealtimeClientOptions } from '../realtime/index.js';
import type { Logger } from '../telemetry/log.js';
export interface ModelSetup {
    /**
     * Options for the client of one conversation: `participant` fills the participant template variables
     * (modes single and per-participant); without one, the session hears the whole room.
     */
    clientOptions(participant: TemplateValues['participant'] | undefined, tools: FunctionTool[]): RealtimeClientOptions;
    /** The definition's greeting rendered for this participant (or the room), if it has one. */
    greeting(participant?: TemplateValues['participant']): string | undefined;
    close(): Promise<void>;
}
/** The audio format on the model connection (and so the rate of the room audio the relay handles). */
export declare function audioFormatOf(definition: AgentDefinition): WireAudioFormat;
type TurnDetectionField = NonNullable<AgentDefinition['turn_detection']>;
/** Turn detection when a definition sets none: server VAD with half a second of silence. */
export declare const DEFAULT_TURN_DETECTION: TurnDetectionField;
/** The relay's own voice activity settings, from the definition's turn detection. */
export declare function relayVadSettings(definition: AgentDefinition): VadSettings;
export declare function openModelSetup(loaded: LoadedDefinition, room: TemplateValues['room'], logger: Logger, options?: {
    engineUrl?: string;
}): Promise<ModelSetup>;
export {};
