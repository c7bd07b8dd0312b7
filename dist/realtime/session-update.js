import { FrameworkError } from '../errors.js';
export function buildSessionUpdate(config, endpoint) {
    return endpoint.dialect === 'xai' ? buildXai(config) : buildGa(config, endpoint);
}
function buildGa(config, endpoint) {
    const omitted = [];
    const session = {
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
    if (endpoint.sendsModel)
        session.model = config.model;
    if (config.instructions !== undefined)
        session.instructions = config.instructions;
    if (config.toolChoice !== undefined)
        session.tool_choice = config.toolChoice;
    if (config.maxOutputTokens !== undefined)
        session.max_output_tokens = config.maxOutputTokens;
    if (config.reasoningEffort !== undefined) {
        if (endpoint.supportsReasoning(config.model))
            session.reasoning = { effort: config.reasoningEffort };
        else
            omitted.push('reasoningEffort');
    }
    return { event: { type: 'session.update', session }, omitted };
}
function buildXai(config) {
    const omitted = [];
    const detection = config.turnDetection;
    if (detection.type === 'semantic_vad') {
        throw new FrameworkError('CONFIG_INVALID', 'invalid session.turnDetection: xai supports server_vad or none only');
    }
    const session = {
        turn_detection: detection.type === 'none'
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
    if (config.instructions !== undefined)
        session.instructions = config.instructions;
    if (config.voice !== undefined)
        session.voice = config.voice;
    if (config.toolChoice !== undefined)
        session.tool_choice = config.toolChoice;
    for (const field of ['reasoningEffort', 'maxOutputTokens', 'noiseReduction', 'speed']) {
        if (config[field] !== undefined)
            omitted.push(field);
    }
    return { event: { type: 'session.update', session }, omitted };
}
function wireFormat(format) {
    return format === 'audio/pcm' ? { type: 'audio/pcm', rate: 24_000 } : { type: format };
}
function gaTurnDetection(detection) {
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
function wireTools(config) {
    return config.tools.map((tool) => ({
        type: 'function',
        name: tool.name,
        ...(tool.description !== undefined ? { description: tool.description } : {}),
        parameters: tool.parameters,
    }));
}
//# sourceMappingURL=session-update.js.map