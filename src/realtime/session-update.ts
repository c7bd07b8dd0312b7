// Builds the wire `session.update` for a session config in the provider's dialect: the nested GA shape
// (OpenAI, Azure, compatible, local) or xAI's flat one. Fields a model cannot take (reasoning on models
// that do not reason) are left out and named, because one bad field makes the server refuse the update.
import type { WireAudioFormat } from '../audio/wire-format.js';
import { FrameworkError } from '../errors.js';
import type { ProviderEndpoint } from './providers.js';
import type { SessionConfig, TurnDetection } from './session-config.js';
import type { RealtimeSessionCreateRequest } from './wire.js';

type GaFormat = NonNullable<NonNullable<RealtimeSessionCreateRequest['audio']>['input']>['format'];
type GaTurnDetection = NonNullable<
  NonNullable<RealtimeSessionCreateRequest['audio']>['input']
>['turn_detection'];

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
  audio: { input: { format: GaFormat }; output: { format: GaFormat } };
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

export function buildSessionUpdate(config: SessionConfig, endpoint: ProviderEndpoint): BuiltSessionUpdate {
  return endpoint.dialect === 'xai' ? buildXai(config) : buildGa(config, endpoint);
}

function buildGa(config: SessionConfig, endpoint: ProviderEndpoint): BuiltSessionUpdate {
  const omitted: string[] = [];
  const session: RealtimeSessionCreateRequest = {
    type: 'realtime',
    output_modalities: [config.outputModality],
    audio: {
      input: {
        format: wireFormat(config.inputFormat),
        turn_detection: gaTurnDetection(config.turnDetection),
        ...(config.transcription ? { transcription: { ...config.transcription } } : {}),
        ...(config.noiseReduction ? { noise_reduction: { type: config.noiseReduction } } : {}),
      },
      output: {
        format: wireFormat(config.outputFormat),
        ...(config.voice !== undefined ? { voice: config.voice } : {}),
        ...(config.speed !== undefined ? { speed: config.speed } : {}),
      },
    },
    tools: wireTools(config),
  };
  if (endpoint.sendsModel) session.model = config.model;
  if (config.instructions !== undefined) session.instructions = config.instructions;
  if (config.toolChoice !== undefined) session.tool_choice = config.toolChoice;
  if (config.maxOutputTokens !== undefined) session.max_output_tokens = config.maxOutputTokens;
  if (config.reasoningEffort !== undefined) {
    if (endpoint.supportsReasoning(config.model)) session.reasoning = { effort: config.reasoningEffort };
    else omitted.push('reasoningEffort');
  }
  return { event: { type: 'session.update', session }, omitted };
}

function buildXai(config: SessionConfig): BuiltSessionUpdate {
  const omitted: string[] = [];
  const detection = config.turnDetection;
  if (detection.type === 'semantic_vad') {
    throw new FrameworkError(
      'CONFIG_INVALID',
      'invalid session.turnDetection: xai supports server_vad or none only',
    );
  }
  const session: XaiSession = {
    turn_detection:
      detection.type === 'none'
        ? null
        : {
            type: 'server_vad',
            ...(detection.threshold !== undefined ? { threshold: detection.threshold } : {}),
            ...(detection.silenceDurationMs !== undefined
              ? { silence_duration_ms: detection.silenceDurationMs }
              : {}),
            ...(detection.prefixPaddingMs !== undefined
              ? { prefix_padding_ms: detection.prefixPaddingMs }
              : {}),
          },
    audio: {
      input: { format: wireFormat(config.inputFormat) },
      output: { format: wireFormat(config.outputFormat) },
    },
    tools: wireTools(config),
  };
  if (config.instructions !== undefined) session.instructions = config.instructions;
  if (config.voice !== undefined) session.voice = config.voice;
  if (config.toolChoice !== undefined) session.tool_choice = config.toolChoice;
  for (const field of ['reasoningEffort', 'maxOutputTokens', 'noiseReduction', 'speed'] as const) {
    if (config[field] !== undefined) omitted.push(field);
  }
  return { event: { type: 'session.update', session }, omitted };
}

function wireFormat(format: WireAudioFormat): GaFormat {
  return format === 'audio/pcm' ? { type: 'audio/pcm', rate: 24_000 } : { type: format };
}

function gaTurnDetection(detection: TurnDetection): GaTurnDetection {
  switch (detection.type) {
    case 'none':
      return null;
    case 'server_vad':
      return {
        type: 'server_vad',
        create_response: detection.createResponse,
        interrupt_response: detection.interruptResponse,
        ...(detection.threshold !== undefined ? { threshold: detection.threshold } : {}),
        ...(detection.prefixPaddingMs !== undefined ? { prefix_padding_ms: detection.prefixPaddingMs } : {}),
        ...(detection.silenceDurationMs !== undefined
          ? { silence_duration_ms: detection.silenceDurationMs }
          : {}),
        ...(detection.idleTimeoutMs !== undefined ? { idle_timeout_ms: detection.idleTimeoutMs } : {}),
      };
    case 'semantic_vad':
      return {
        type: 'semantic_vad',
        create_response: detection.createResponse,
        interrupt_response: detection.interruptResponse,
        ...(detection.eagerness !== undefined ? { eagerness: detection.eagerness } : {}),
      };
  }
}

function wireTools(config: SessionConfig): NonNullable<RealtimeSessionCreateRequest['tools']> {
  return config.tools.map((tool) => ({
    type: 'function' as const,
    name: tool.name,
    ...(tool.description !== undefined ? { description: tool.description } : {}),
    parameters: tool.parameters,
  }));
}
