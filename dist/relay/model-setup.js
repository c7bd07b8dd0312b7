// Turns an agent definition into what the relay needs to open model sessions: the provider endpoint
// (starting the embedded engine for `provider: local`, unless one is given) and the realtime session
// config, with the instructions rendered for this room and listener. A session that hears the whole room
// (mode shared) is told how speakers are labelled, and leaves answering and barge-in to the relay: the
// model's turn detection only ends turns.
import { SEMANTIC_SILENCE_MS } from '../audio/vad/speech-segmenter.js';
import { renderTemplate, resolveAgentModel } from '../definition/index.js';
import { echoBehaviour, loadEngineScript, startEngine } from '../engine/index.js';
import { sharedInstructions } from './speaker-label.js';
const FORMATS = { pcm: 'audio/pcm', pcmu: 'audio/pcmu', pcma: 'audio/pcma' };
/** The audio format on the model connection (and so the rate of the room audio the relay handles). */
export function audioFormatOf(definition) {
    return FORMATS[definition.audio?.format ?? 'pcm'];
}
/** Turn detection when a definition sets none: server VAD with half a second of silence. */
export const DEFAULT_TURN_DETECTION = { type: 'server_vad', silence_duration_ms: 500 };
/** The definition's turn detection; a room-wide session only ends turns (the relay answers and cuts). */
function turnDetection(definition, room) {
    const turns = definition.turn_detection ?? DEFAULT_TURN_DETECTION;
    if (turns.type === 'none')
        return { type: 'none' };
    const answers = room
        ? { createResponse: false, interruptResponse: false }
        : { createResponse: turns.create_response, interruptResponse: turns.interrupt_response };
    switch (turns.type) {
        case 'semantic_vad':
            return { type: 'semantic_vad', eagerness: turns.eagerness, ...answers };
        case 'server_vad':
            return {
                type: 'server_vad',
                threshold: turns.threshold,
                prefixPaddingMs: turns.prefix_padding_ms,
                silenceDurationMs: turns.silence_duration_ms,
                idleTimeoutMs: turns.idle_timeout_ms,
                ...answers,
            };
    }
}
function providerOptions(model, engineUrl) {
    switch (model.provider) {
        case 'local':
            return { provider: 'local', url: engineUrl };
        case 'openai':
            return { provider: 'openai', apiKey: model.api_key.reveal() };
        case 'azure':
            return {
                provider: 'azure',
                endpoint: model.endpoint,
                deployment: model.deployment,
                apiKey: model.api_key.reveal(),
            };
        case 'xai':
            return { provider: 'xai', apiKey: model.api_key.reveal() };
        case 'compatible':
            return {
                provider: 'compatible',
                url: model.url,
                headers: {
                    ...Object.fromEntries(Object.entries(model.headers ?? {}).map(([name, value]) => [name, value.reveal()])),
                    ...(model.api_key ? { Authorization: `Bearer ${model.api_key.reveal()}` } : {}),
                },
            };
    }
}
/** The relay's own voice activity settings, from the definition's turn detection. */
export function relayVadSettings(definition) {
    const turns = definition.turn_detection ?? DEFAULT_TURN_DETECTION;
    if (turns.type === 'semantic_vad') {
        return {
            threshold: 0.5,
            prefixPaddingMs: 300,
            silenceDurationMs: SEMANTIC_SILENCE_MS[turns.eagerness ?? 'auto'],
        };
    }
    if (turns.type === 'none')
        return { threshold: 0.5, prefixPaddingMs: 300, silenceDurationMs: 500 };
    return {
        threshold: turns.threshold ?? 0.5,
        prefixPaddingMs: turns.prefix_padding_ms ?? 300,
        silenceDurationMs: turns.silence_duration_ms ?? 500,
    };
}
export async function openModelSetup(loaded, room, logger, options = {}) {
    const { definition } = loaded;
    const model = resolveAgentModel(loaded);
    let engine;
    if (model.provider === 'local' && !options.engineUrl) {
        const behaviour = model.behaviour === 'script' ? await loadEngineScript(model.script) : echoBehaviour();
        engine = await startEngine({ behaviour, log: logger });
    }
    const provider = providerOptions(model, options.engineUrl ?? engine?.url);
    const format = audioFormatOf(definition);
    const valuesFor = (participant) => ({
        agent: { name: definition.name },
        room,
        participant,
    });
    return {
        clientOptions(participant, tools) {
            const values = valuesFor(participant);
            const wholeRoom = definition.participants.mode === 'shared';
            const instructions = definition.instructions === undefined ? undefined : renderTemplate(definition.instructions, values);
            const session = {
                model: 'model' in model && model.model
                    ? model.model
                    : `local-${model.provider === 'local' ? model.behaviour : 'engine'}`,
                voice: model.voice,
                instructions: wholeRoom ? sharedInstructions(instructions) : instructions,
                inputFormat: format,
                outputFormat: format,
                turnDetection: turnDetection(definition, wholeRoom),
                transcription: definition.audio?.transcription,
                noiseReduction: definition.audio?.noise_reduction,
                speed: 'speed' in model ? model.speed : undefined,
                reasoningEffort: 'reasoning' in model ? model.reasoning : undefined,
                tools,
            };
            return { provider, session };
        },
        greeting(participant) {
            if (definition.greeting === undefined)
                return undefined;
            return renderTemplate(definition.greeting, valuesFor(participant));
        },
        close: async () => {
            await engine?.close();
        },
    };
}
//# sourceMappingURL=model-setup.js.map