// zod schemas of the GA client events, strict like the hosted service: unknown keys, missing fields,
// wrong types and unsupported values are all rejected. `protocol-validation.ts` turns their issues into
// the hosted error codes and messages.
import { z } from 'zod';
const audioFormat = z.strictObject({
    type: z.enum(['audio/pcm', 'audio/pcmu', 'audio/pcma']),
    rate: z.literal(24_000).optional(),
});
const serverVad = z.strictObject({
    type: z.literal('server_vad'),
    threshold: z.number().min(0).max(1).optional(),
    prefix_padding_ms: z.int().min(0).optional(),
    silence_duration_ms: z.int().min(0).optional(),
    idle_timeout_ms: z.int().min(5_000).max(30_000).nullable().optional(),
    create_response: z.boolean().optional(),
    interrupt_response: z.boolean().optional(),
});
const semanticVad = z.strictObject({
    type: z.literal('semantic_vad'),
    eagerness: z.enum(['low', 'medium', 'high', 'auto']).optional(),
    create_response: z.boolean().optional(),
    interrupt_response: z.boolean().optional(),
    model_version: z.string().optional(),
});
export const turnDetectionSchema = z.discriminatedUnion('type', [serverVad, semanticVad]);
const transcription = z.strictObject({
    model: z.string().optional(),
    language: z.string().optional(),
    prompt: z.string().optional(),
    delay: z.enum(['minimal', 'low', 'medium', 'high', 'xhigh']).optional(),
});
const voice = z.union([z.string(), z.strictObject({ id: z.string() })]);
const functionTool = z.strictObject({
    type: z.literal('function'),
    name: z.string().min(1),
    description: z.string().optional(),
    parameters: z.record(z.string(), z.unknown()).optional(),
});
const mcpTool = z.looseObject({ type: z.literal('mcp'), server_label: z.string() });
const tools = z.array(z.discriminatedUnion('type', [functionTool, mcpTool]));
const toolChoice = z.union([
    z.enum(['auto', 'none', 'required']),
    z.strictObject({ type: z.literal('function'), name: z.string() }),
    z.strictObject({
        type: z.literal('mcp'),
        server_label: z.string(),
        name: z.string().nullable().optional(),
    }),
]);
const maxOutputTokens = z.union([z.int().min(1).max(4096), z.literal('inf')]);
const tracing = z.union([
    z.literal('auto'),
    z.strictObject({
        workflow_name: z.string().optional(),
        group_id: z.string().optional(),
        metadata: z.unknown().optional(),
    }),
]);
const truncation = z.union([
    z.enum(['auto', 'disabled']),
    z.strictObject({
        type: z.literal('retention_ratio'),
        retention_ratio: z.number().min(0).max(1),
        token_limits: z.strictObject({ post_instructions: z.int().min(0).optional() }).optional(),
    }),
]);
/** GA takes exactly one output modality: audio (with its transcript) or text. */
const outputModalities = z
    .array(z.enum(['text', 'audio']))
    .min(1)
    .max(1);
export const sessionUpdateSchema = z.strictObject({
    type: z.literal('realtime'),
    model: z.string().optional(),
    output_modalities: outputModalities.optional(),
    instructions: z.string().optional(),
    audio: z
        .strictObject({
        input: z
            .strictObject({
            format: audioFormat.optional(),
            transcription: transcription.nullable().optional(),
            noise_reduction: z
                .strictObject({ type: z.enum(['near_field', 'far_field']) })
                .nullable()
                .optional(),
            turn_detection: turnDetectionSchema.nullable().optional(),
        })
            .optional(),
        output: z
            .strictObject({
            format: audioFormat.optional(),
            voice: voice.optional(),
            speed: z.number().min(0.25).max(1.5).optional(),
        })
            .optional(),
    })
        .optional(),
    tools: tools.optional(),
    tool_choice: toolChoice.optional(),
    max_output_tokens: maxOutputTokens.optional(),
    tracing: tracing.nullable().optional(),
    truncation: truncation.optional(),
    prompt: z
        .strictObject({
        id: z.string(),
        version: z.string().nullable().optional(),
        variables: z.unknown().optional(),
    })
        .nullable()
        .optional(),
    include: z.array(z.literal('item.input_audio_transcription.logprobs')).nullable().optional(),
    reasoning: z.strictObject({ effort: z.enum(['minimal', 'low', 'medium', 'high', 'xhigh']) }).optional(),
    parallel_tool_calls: z.boolean().optional(),
});
const base64Audio = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/, 'base64');
const contentPart = z.discriminatedUnion('type', [
    z.strictObject({ type: z.literal('input_text'), text: z.string() }),
    z.strictObject({
        type: z.literal('input_audio'),
        audio: base64Audio,
        transcript: z.string().nullable().optional(),
    }),
    z.strictObject({
        type: z.literal('input_image'),
        image_url: z.string(),
        detail: z.enum(['auto', 'low', 'high']).optional(),
    }),
    z.strictObject({ type: z.literal('output_text'), text: z.string() }),
]);
const itemCommon = {
    id: z.string().min(1).max(32).optional(),
    object: z.literal('realtime.item').optional(),
    status: z.enum(['completed', 'incomplete', 'in_progress']).optional(),
};
export const conversationItemSchema = z.discriminatedUnion('type', [
    z.strictObject({
        ...itemCommon,
        type: z.literal('message'),
        role: z.enum(['user', 'assistant', 'system']),
        content: z.array(contentPart),
    }),
    z.strictObject({
        ...itemCommon,
        type: z.literal('function_call'),
        name: z.string(),
        arguments: z.string(),
        call_id: z.string().optional(),
    }),
    z.strictObject({
        ...itemCommon,
        type: z.literal('function_call_output'),
        call_id: z.string(),
        output: z.string(),
    }),
]);
const responseInputItem = z.union([
    z.strictObject({ type: z.literal('item_reference'), id: z.string() }),
    conversationItemSchema,
]);
export const responseCreateSchema = z.strictObject({
    conversation: z.union([z.enum(['auto', 'none']), z.string()]).optional(),
    output_modalities: outputModalities.optional(),
    instructions: z.string().optional(),
    audio: z
        .strictObject({
        output: z.strictObject({ format: audioFormat.optional(), voice: voice.optional() }).optional(),
    })
        .optional(),
    tools: tools.optional(),
    tool_choice: toolChoice.optional(),
    max_output_tokens: maxOutputTokens.optional(),
    metadata: z.record(z.string(), z.string()).nullable().optional(),
    prompt: z.unknown().optional(),
    reasoning: z.strictObject({ effort: z.enum(['minimal', 'low', 'medium', 'high', 'xhigh']) }).optional(),
    parallel_tool_calls: z.boolean().optional(),
    input: z.array(responseInputItem).nullable().optional(),
});
const eventId = { event_id: z.string().optional() };
/** One schema per client event type of the GA union (session.update's body is checked separately). */
export const clientEventSchemas = {
    'session.update': z.strictObject({
        ...eventId,
        type: z.literal('session.update'),
        session: z.record(z.string(), z.unknown()),
    }),
    'input_audio_buffer.append': z.strictObject({
        ...eventId,
        type: z.literal('input_audio_buffer.append'),
        audio: base64Audio,
    }),
    'input_audio_buffer.commit': z.strictObject({ ...eventId, type: z.literal('input_audio_buffer.commit') }),
    'input_audio_buffer.clear': z.strictObject({ ...eventId, type: z.literal('input_audio_buffer.clear') }),
    'conversation.item.create': z.strictObject({
        ...eventId,
        type: z.literal('conversation.item.create'),
        previous_item_id: z.string().nullable().optional(),
        item: conversationItemSchema,
    }),
    'conversation.item.retrieve': z.strictObject({
        ...eventId,
        type: z.literal('conversation.item.retrieve'),
        item_id: z.string(),
    }),
    'conversation.item.truncate': z.strictObject({
        ...eventId,
        type: z.literal('conversation.item.truncate'),
        item_id: z.string(),
        content_index: z.int().min(0),
        audio_end_ms: z.int().min(0),
    }),
    'conversation.item.delete': z.strictObject({
        ...eventId,
        type: z.literal('conversation.item.delete'),
        item_id: z.string(),
    }),
    'response.create': z.strictObject({
        ...eventId,
        type: z.literal('response.create'),
        response: responseCreateSchema.optional(),
    }),
    'response.cancel': z.strictObject({
        ...eventId,
        type: z.literal('response.cancel'),
        response_id: z.string().optional(),
    }),
    'output_audio_buffer.clear': z.strictObject({ ...eventId, type: z.literal('output_audio_buffer.clear') }),
};
//# sourceMappingURL=client-schema.js.map