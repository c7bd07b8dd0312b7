// The session configuration: the hosted defaults that `session.created` carries, and `session.update`
// applied the hosted way: validated as a whole (one error and nothing applied, or everything applied),
// partial merges, null clearing, turn-detection defaults, and the voice lock once assistant audio exists.
import { supportsReasoning } from '../definition/model.js';
import { sessionUpdateSchema } from './client-schema.js';
import { invalidValue, missingParameter, ProtocolError, unknownParameter } from './protocol-error.js';
import { validate } from './protocol-validation.js';
export const DEFAULT_INSTRUCTIONS = 'You are the local realtime engine, a stand-in model for development and tests. Reply briefly and clearly.';
const SERVER_VAD_DEFAULTS = {
    type: 'server_vad',
    threshold: 0.5,
    prefix_padding_ms: 300,
    silence_duration_ms: 200,
    idle_timeout_ms: null,
    create_response: true,
    interrupt_response: true,
};
const SEMANTIC_VAD_DEFAULTS = {
    type: 'semantic_vad',
    eagerness: 'auto',
    create_response: true,
    interrupt_response: true,
};
export function defaultSession(id, model, expiresAt) {
    const session = {
        type: 'realtime',
        object: 'realtime.session',
        id,
        model,
        output_modalities: ['audio'],
        instructions: DEFAULT_INSTRUCTIONS,
        tools: [],
        tool_choice: 'auto',
        max_output_tokens: 'inf',
        tracing: null,
        truncation: 'auto',
        prompt: null,
        expires_at: expiresAt,
        audio: {
            input: {
                format: { type: 'audio/pcm', rate: 24_000 },
                transcription: null,
                noise_reduction: null,
                turn_detection: { ...SERVER_VAD_DEFAULTS },
            },
            output: { format: { type: 'audio/pcm', rate: 24_000 }, voice: 'alloy', speed: 1.0 },
        },
        include: null,
    };
    if (supportsReasoning(model)) {
        session.reasoning = { effort: 'low' };
        session.parallel_tool_calls = true;
    }
    return session;
}
function fullFormat(format) {
    return format.type === 'audio/pcm'
        ? { type: 'audio/pcm', rate: 24_000 }
        : { type: format.type };
}
function fullTurnDetection(update, current) {
    const previous = current?.input?.turn_detection;
    const base = update.type === 'server_vad' ? SERVER_VAD_DEFAULTS : SEMANTIC_VAD_DEFAULTS;
    const inherited = previous && previous.type === update.type ? previous : {};
    return { ...base, ...inherited, ...update };
}
/**
 * Applies a `session.update` body to `current`, returning the new full session, or throws the one
 * hosted-shape error that rejects the whole update.
 */
export function applySessionUpdate(current, body, assistantAudioPresent) {
    if (body.type === undefined)
        throw missingParameter('session.type');
    if (body.type === 'transcription') {
        throw new ProtocolError('invalid_value', 'Passing a transcription session update event to a realtime session is not allowed.', 'session.type');
    }
    if (body.type !== 'realtime')
        throw invalidValue('session.type', body.type, ['realtime', 'transcription']);
    const update = validate(sessionUpdateSchema, body, 'session');
    const model = update.model ?? current.model ?? 'gpt-realtime';
    if (!supportsReasoning(model)) {
        if (update.reasoning)
            throw unknownParameter('session.reasoning');
        if (update.parallel_tool_calls !== undefined)
            throw unknownParameter('session.parallel_tool_calls');
    }
    const voice = update.audio?.output?.voice;
    const currentVoice = current.audio?.output?.voice;
    if (voice !== undefined &&
        assistantAudioPresent &&
        JSON.stringify(voice) !== JSON.stringify(currentVoice)) {
        throw new ProtocolError('cannot_update_voice', "Cannot update a conversation's voice if assistant audio is present.");
    }
    if (update.tracing !== undefined &&
        current.tracing !== null &&
        current.tracing !== undefined &&
        JSON.stringify(update.tracing) !== JSON.stringify(current.tracing)) {
        throw new ProtocolError('invalid_value', 'Tracing configuration cannot be modified once it has been set.', 'session.tracing');
    }
    const next = structuredClone(current);
    next.model = model;
    const { audio, type: _type, model: _model, ...rest } = update;
    Object.assign(next, rest);
    next.audio ??= {};
    const input = next.audio.input ?? {};
    const output = next.audio.output ?? {};
    if (audio?.input) {
        const i = audio.input;
        if (i.format)
            input.format = fullFormat(i.format);
        if (i.transcription !== undefined)
            input.transcription = i.transcription;
        if (i.noise_reduction !== undefined)
            input.noise_reduction = i.noise_reduction;
        if (i.turn_detection !== undefined) {
            input.turn_detection =
                i.turn_detection === null ? null : fullTurnDetection(i.turn_detection, current.audio);
        }
    }
    if (audio?.output) {
        const o = audio.output;
        if (o.format)
            output.format = fullFormat(o.format);
        if (o.voice !== undefined)
            output.voice = o.voice;
        if (o.speed !== undefined)
            output.speed = o.speed;
    }
    next.audio.input = input;
    next.audio.output = output;
    if (supportsReasoning(model)) {
        next.reasoning ??= { effort: 'low' };
        next.parallel_tool_calls ??= true;
    }
    else {
        delete next.reasoning;
        delete next.parallel_tool_calls;
    }
    return next;
}
//# sourceMappingURL=session-config.js.map