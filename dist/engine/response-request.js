import { storedItemFromClient } from './item-commands.js';
import { ProtocolError } from './protocol-error.js';
export function responseContext(params, conversation, inputFormat) {
    if (!params?.input)
        return [...conversation.items];
    return params.input.map((entry, index) => {
        if (entry.type !== 'item_reference')
            return storedItemFromClient(entry, conversation, inputFormat);
        const stored = conversation.get(entry.id);
        if (!stored) {
            throw new ProtocolError('invalid_value', `Item with item_id not found: ${entry.id}`, `response.input[${index}].id`);
        }
        return stored;
    });
}
export function responseSettings(session, params, sessionOutputFormat) {
    const voice = params?.audio?.output?.voice ?? session.audio?.output?.voice ?? 'alloy';
    const tools = (params?.tools ?? session.tools ?? []).filter((t) => t.type === 'function');
    const modalities = params?.output_modalities ?? session.output_modalities ?? ['audio'];
    return {
        outputModalities: modalities,
        instructions: params?.instructions ?? session.instructions ?? '',
        tools,
        voice: typeof voice === 'string' ? voice : voice.id,
        outputFormat: params?.audio?.output?.format?.type ?? sessionOutputFormat,
        maxOutputTokens: params?.max_output_tokens ?? session.max_output_tokens ?? 'inf',
        metadata: params?.metadata ?? null,
    };
}
//# sourceMappingURL=response-request.js.map