// Turns an agent definition into what the relay needs to open model sessions: the provider endpoint
// (starting the embedded engine for `provider: local`) and the realtime session config, with the
// instructions rendered for this room.
import type {
  AgentDefinition,
  LoadedDefinition,
  ResolvedModel,
  TemplateValues,
} from '../definition/index.js';
import { renderTemplate, resolveAgentModel } from '../definition/index.js';
import { echoBehaviour, loadEngineScript, type RunningEngine, startEngine } from '../engine/index.js';
import type { ProviderOptionsInput, RealtimeClientOptions, SessionConfigInput } from '../realtime/index.js';
import type { Logger } from '../telemetry/log.js';

export interface ModelSession {
  /** Options for one participant's client; `participant` fills the participant template variables. */
  clientOptions(participant?: TemplateValues['participant']): RealtimeClientOptions;
  /** The definition's greeting rendered for this participant, if it has one. */
  greeting(participant?: TemplateValues['participant']): string | undefined;
  close(): Promise<void>;
}

const FORMATS = { pcm: 'audio/pcm', pcmu: 'audio/pcmu', pcma: 'audio/pcma' } as const;

function turnDetection(definition: AgentDefinition): SessionConfigInput['turnDetection'] {
  const turns = definition.turn_detection;
  if (!turns) return { type: 'server_vad', silenceDurationMs: 500 };
  switch (turns.type) {
    case 'none':
      return { type: 'none' };
    case 'semantic_vad':
      return {
        type: 'semantic_vad',
        eagerness: turns.eagerness,
        createResponse: turns.create_response,
        interruptResponse: turns.interrupt_response,
      };
    case 'server_vad':
      return {
        type: 'server_vad',
        threshold: turns.threshold,
        prefixPaddingMs: turns.prefix_padding_ms,
        silenceDurationMs: turns.silence_duration_ms,
        idleTimeoutMs: turns.idle_timeout_ms,
        createResponse: turns.create_response,
        interruptResponse: turns.interrupt_response,
      };
  }
}

function providerOptions(model: ResolvedModel, engine: RunningEngine | undefined): ProviderOptionsInput {
  switch (model.provider) {
    case 'local':
      return { provider: 'local', url: engine!.url };
    case 'openai':
      return { provider: 'openai', apiKey: model.api_key!.reveal() };
    case 'azure':
      return {
        provider: 'azure',
        endpoint: model.endpoint,
        deployment: model.deployment,
        apiKey: model.api_key!.reveal(),
      };
    case 'xai':
      return { provider: 'xai', apiKey: model.api_key!.reveal() };
    case 'compatible':
      return {
        provider: 'compatible',
        url: model.url,
        headers: {
          ...Object.fromEntries(
            Object.entries(model.headers ?? {}).map(([name, value]) => [name, value.reveal()]),
          ),
          ...(model.api_key ? { Authorization: `Bearer ${model.api_key.reveal()}` } : {}),
        },
      };
  }
}

export async function openModelSession(
  loaded: LoadedDefinition,
  room: TemplateValues['room'],
  logger: Logger,
): Promise<ModelSession> {
  const { definition } = loaded;
  const model = resolveAgentModel(loaded);
  let engine: RunningEngine | undefined;
  if (model.provider === 'local') {
    const behaviour = model.behaviour === 'script' ? await loadEngineScript(model.script!) : echoBehaviour();
    engine = await startEngine({ behaviour, log: logger });
  }
  const provider = providerOptions(model, engine);
  const format = FORMATS[definition.audio?.format ?? 'pcm'];

  const valuesFor = (participant?: TemplateValues['participant']): TemplateValues => ({
    agent: { name: definition.name },
    room,
    participant,
  });

  return {
    clientOptions(participant) {
      const values = valuesFor(participant);
      const session: SessionConfigInput = {
        model:
          'model' in model && model.model
            ? model.model
            : `local-${model.provider === 'local' ? model.behaviour : 'engine'}`,
        voice: model.voice,
        instructions:
          definition.instructions === undefined ? undefined : renderTemplate(definition.instructions, values),
        inputFormat: format,
        outputFormat: format,
        turnDetection: turnDetection(definition),
        transcription: definition.audio?.transcription,
        noiseReduction: definition.audio?.noise_reduction,
        speed: 'speed' in model ? model.speed : undefined,
        reasoningEffort: 'reasoning' in model ? model.reasoning : undefined,
      };
      return { provider, session };
    },
    greeting(participant) {
      if (definition.greeting === undefined) return undefined;
      return renderTemplate(definition.greeting, valuesFor(participant));
    },
    close: async () => {
      await engine?.close();
    },
  };
}
