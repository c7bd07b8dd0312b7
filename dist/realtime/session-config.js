// The session a client asks for, in the framework's own camelCase terms, validated with zod: model,
// voice, instructions, audio formats, turn detection, transcription, noise reduction, tools, limits and
// reasoning. Turning it into a wire `session.update` is session-update.ts's job, per provider dialect.
import { z } from 'zod';
import { FrameworkError } from '../errors.js';
const audioFormat = z.enum(['audio/pcm', 'audio/pcmu', 'audio/pcma']);
const serverVad = z.strictObject({
    type: z.literal('server_vad'),
    threshold: z.number().min(0).max(1).optional(),
    prefixPaddingMs: z.number().int().min(0).optional(),
    silenceDurationMs: z.number().int().min(0).optional(),
    idleTimeoutMs: z.number().int().min(5_000).max(30_000).nullable().optional(),
    createResponse: z.boolean().default(true),
    interruptResponse: z.boolean().default(true),
});
const semanticVad = z.strictObject({
    type: z.literal('semantic_vad'),
    eagerness: z.enum(['low', 'medium', 'high', 'auto']).optional(),
    createResponse: z.boolean().default(true),
    interruptResponse: z.boolean().default(true),
});
const noTurnDetection = z.strictObject({ type: z.literal('none') });
export const functionToolSchema = z.strictObject({
    name: z.string().regex(/^[a-zA-Z0-9_-]{1,64}$/, 'letters, digits, _ and - only, at most 64'),
    description: z.string().optional(),
    parameters: z.record(z.string(), z.unknown()).default({ type: 'object', properties: {} }),
});
export const sessionConfigSchema = z.strictObject({
    model: z.string().min(1).default('gpt-realtime'),
    voice: z.string().min(1).optional(),
    instructions: z.string().optional(),
    outputModality: z.enum(['audio', 'text']).default('audio'),
    inputFormat: audioFormat.default('audio/pcm'),
    outputFormat: audioFormat.default('audio/pcm'),
    turnDetection: z
        .discriminatedUnion('type', [serverVad, semanticVad, noTurnDetection])
        .default({ type: 'server_vad', createResponse: true, interruptResponse: true }),
    transcription: z
        .strictObject({
        model: z.string().min(1),
        language: z.string().optional(),
        prompt: z.string().optional(),
    })
        .optional(),
    noiseReduction: z.enum(['near_field', 'far_field']).optional(),
    speed: z.number().min(0.25).max(1.5).optional(),
    tools: z.array(functionToolSchema).default([]),
    toolChoice: z
        .union([
        z.enum(['auto', 'none', 'required']),
        z.strictObject({ type: z.literal('function'), name: z.string() }),
    ])
        .optional(),
    maxOutputTokens: z.union([z.number().int().min(1), z.literal('inf')]).optional(),
    reasoningEffort: z.enum(['minimal', 'low', 'medium', 'high', 'xhigh']).optional(),
});
/** Validates options from outside; the error names each bad field and what was wrong with it. */
export function parseOptions(schema, input, what) {
    const result = schema.safeParse(input);
    if (result.success)
        return result.data;
    const details = result.error.issues
        .map((issue) => `${what}.${issue.path.join('.') || '(root)'}: ${issue.message}`)
        .join('; ');
    throw new FrameworkError('CONFIG_INVALID', `invalid ${what}: ${details}`);
}
export function parseSessionConfig(input) {
    return parseOptions(sessionConfigSchema, input, 'session');
}
/** Whether the server will answer a committed turn by itself. */
export function serverCreatesResponses(turnDetection) {
    return turnDetection.type !== 'none' && turnDetection.createResponse;
}
/** Whether the server cancels its own response when the user starts speaking. */
export function serverInterruptsResponses(turnDetection) {
    return turnDetection.type !== 'none' && turnDetection.interruptResponse;
}
//# sourceMappingURL=session-config.js.map