// The `model:` section: which realtime provider and model an agent talks to, with each provider's own
// fields (Azure deployment and endpoint, a compatible server's URL and headers, the local engine's
// behaviour), the voices each provider offers, and which models accept a reasoning effort.
import { z } from 'zod';
import { secretValue } from './fields.js';
import { expecting } from './messages.js';
import { resolveSecret, resolveSecretRecord } from './secrets.js';
export const PROVIDERS = ['openai', 'azure', 'xai', 'compatible', 'local'];
export const OPENAI_VOICES = [
    'alloy',
    'ash',
    'ballad',
    'coral',
    'echo',
    'sage',
    'shimmer',
    'verse',
    'marin',
    'cedar',
];
export const XAI_VOICES = ['eve', 'ara', 'rex', 'sal', 'leo'];
/** OpenAI realtime models known when this was written; others load with a warning (new models appear). */
export const KNOWN_OPENAI_MODELS = [
    'gpt-realtime',
    'gpt-realtime-2025-08-28',
    'gpt-realtime-1.5',
    'gpt-realtime-2',
    'gpt-realtime-2.1',
    'gpt-realtime-2.1-mini',
    'gpt-realtime-mini',
    'gpt-realtime-mini-2025-10-06',
    'gpt-realtime-mini-2025-12-15',
];
const REASONING_FAMILY = /^gpt-realtime-2(?:[.-]|$)/;
/** Whether a model accepts `reasoning` (the gpt-realtime-2 family; others reject the whole session). */
export function supportsReasoning(model) {
    return REASONING_FAMILY.test(model);
}
/** The `provider:` discriminator of one variant. */
const providerIs = (provider) => z.literal(provider).describe(`Realtime provider: ${PROVIDERS.join(', ')}.`);
const reasoning = z
    .enum(['minimal', 'low', 'medium', 'high', 'xhigh'])
    .describe('Reasoning effort; only the gpt-realtime-2 family accepts it (higher effort adds latency).');
const speed = z
    .number({ error: expecting('a number between 0.25 and 1.5') })
    .min(0.25)
    .max(1.5)
    .describe('Speaking speed, 0.25 to 1.5 (1 is normal).');
const modelName = z.string({ error: expecting('a model name') }).min(1);
const openaiVoice = z
    .enum(OPENAI_VOICES)
    .describe('Output voice (marin and cedar are recommended). Locked after the first audio.');
const apiKey = (variable) => secretValue
    .default(`\${env:${variable}}`)
    .describe(`API key, as a reference like \${env:${variable}} (the default).`);
const realtimeUrl = z
    .url({ protocol: /^(?:wss?|https?)$/, error: expecting('a ws://, wss://, http:// or https:// URL') })
    .describe('URL of the realtime endpoint, e.g. wss://host/v1/realtime (http and https are used as ws and wss).');
const openai = z
    .strictObject({
    provider: providerIs('openai'),
    model: modelName
        .default('gpt-realtime')
        .describe('OpenAI realtime model, e.g. gpt-realtime, gpt-realtime-2.'),
    voice: openaiVoice.optional(),
    speed: speed.optional(),
    reasoning: reasoning.optional(),
    api_key: apiKey('OPENAI_API_KEY'),
})
    .describe('OpenAI Realtime (wss://api.openai.com/v1/realtime).');
const azure = z
    .strictObject({
    provider: providerIs('azure'),
    endpoint: z
        .url({
        protocol: /^https$/,
        error: expecting('an https:// URL like https://<resource>.openai.azure.com'),
    })
        .describe('Azure OpenAI resource endpoint, e.g. https://<resource>.openai.azure.com.'),
    deployment: z
        .string({ error: expecting('a deployment name') })
        .min(1)
        .describe('Name of the realtime model deployment.'),
    model: modelName
        .default('gpt-realtime')
        .describe('The model the deployment runs; decides whether reasoning is accepted.'),
    voice: openaiVoice.optional(),
    speed: speed.optional(),
    reasoning: reasoning.optional(),
    api_key: apiKey('AZURE_OPENAI_API_KEY'),
})
    .describe('Azure OpenAI realtime deployment (GA v1 endpoint).');
const xai = z
    .strictObject({
    provider: providerIs('xai'),
    model: modelName.default('grok-voice-latest').describe('xAI voice model.'),
    voice: z.enum(XAI_VOICES).optional().describe('xAI voice.'),
    api_key: apiKey('XAI_API_KEY'),
})
    .describe('xAI voice agent API (OpenAI-compatible realtime protocol); no reasoning effort.');
const compatible = z
    .strictObject({
    provider: providerIs('compatible'),
    url: realtimeUrl,
    model: modelName.describe('Model name sent to the server.'),
    voice: z
        .string({ error: expecting('a voice name') })
        .min(1)
        .optional()
        .describe('Voice name the server accepts.'),
    speed: speed.optional(),
    reasoning: reasoning.optional(),
    api_key: secretValue.optional().describe(`API key sent as a bearer token, as \${env:NAME}.`),
    headers: z
        .record(z.string().regex(/^[A-Za-z0-9-]+$/, { error: expecting('an HTTP header name') }), secretValue, {
        error: expecting('a mapping of header names to values'),
    })
        .optional()
        .describe(`Extra HTTP headers for the WebSocket upgrade; secret values as \${env:NAME}.`),
})
    .describe('Any server speaking the OpenAI Realtime GA protocol at a URL.');
const local = z
    .strictObject({
    provider: providerIs('local'),
    behaviour: z
        .enum(['echo', 'script'])
        .default('echo')
        .describe('echo: speaks each turn back (the dev default); script: plays the replies listed in `script`.'),
    script: z
        .string({ error: expecting('a path to an engine script file') })
        .min(1)
        .optional()
        .describe('Behaviour script: the engine script file (YAML or JSON), relative to the working folder.'),
    voice: z
        .string({ error: expecting('a voice name') })
        .min(1)
        .optional()
        .describe('Voice for spoken replies.'),
})
    .superRefine((local, ctx) => {
    if (local.behaviour === 'script' && local.script === undefined) {
        ctx.addIssue({ code: 'custom', path: ['script'], message: 'behaviour "script" needs a script file' });
    }
    if (local.behaviour !== 'script' && local.script !== undefined) {
        ctx.addIssue({
            code: 'custom',
            path: ['script'],
            message: `only applies to behaviour script, not "${local.behaviour}"`,
        });
    }
})
    .describe('The embedded local realtime engine: no key, no network.');
export const modelSchema = z
    .discriminatedUnion('provider', [openai, azure, xai, compatible, local])
    .describe('The realtime speech-to-speech model the agent talks through.');
/**
 * Resolves the model's `${env:NAME}` references (when the agent starts, never at validation). Throws
 * SECRET_UNSET naming the field and the variable; `label` turns a field path into what the error names
 * (the loader prefixes file, line and column).
 */
export function resolveModelSecrets(model, env = process.env, label = (field) => field) {
    const resolved = { ...model };
    if ('api_key' in model && model.api_key !== undefined) {
        resolved.api_key = resolveSecret(model.api_key, label('model.api_key'), env);
    }
    if ('headers' in model && model.headers !== undefined) {
        resolved.headers = resolveSecretRecord(model.headers, label('model.headers'), env);
    }
    return resolved;
}
//# sourceMappingURL=model.js.map