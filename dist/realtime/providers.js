// The providers the client can talk to, as one table: how each builds its WebSocket URL and headers,
// and which dialect of the session shape it speaks. Options are validated here, since they come from
// agent definitions and the environment.
import { z } from 'zod';
import { supportsReasoning } from '../definition/model.js';
import { FrameworkError } from '../errors.js';
import { parseOptions } from './session-config.js';
const secret = z.string().min(1, 'must not be empty');
const wsOrHttpUrl = z
    .string()
    .url()
    .refine((url) => /^(wss?|https?):\/\//.test(url), 'must start with ws://, wss://, http:// or https://');
export const providerOptionsSchema = z.discriminatedUnion('provider', [
    z.strictObject({
        provider: z.literal('openai'),
        apiKey: secret,
        baseUrl: wsOrHttpUrl.default('wss://api.openai.com/v1'),
    }),
    z.strictObject({
        provider: z.literal('azure'),
        /** The resource endpoint, e.g. https://my-resource.openai.azure.com */
        endpoint: wsOrHttpUrl,
        deployment: z.string().min(1),
        apiKey: secret.optional(),
        entraToken: secret.optional(),
    }),
    z.strictObject({
        provider: z.literal('xai'),
        apiKey: secret,
        baseUrl: wsOrHttpUrl.default('wss://api.x.ai/v1'),
    }),
    z.strictObject({
        provider: z.literal('compatible'),
        /** The full realtime URL; `model` is added as a query parameter unless already present. */
        url: wsOrHttpUrl,
        headers: z.record(z.string(), z.string()).default({}),
        /** Whether the model accepts `reasoning`; by default decided from the model name. */
        reasoning: z.boolean().optional(),
    }),
    z.strictObject({
        provider: z.literal('local'),
        /** The embedded engine's realtime URL (ws://127.0.0.1:<port>/v1/realtime). */
        url: wsOrHttpUrl,
        apiKey: secret.default('local'),
    }),
]);
export function parseProviderOptions(input) {
    return parseOptions(providerOptionsSchema, input, 'provider');
}
/** Resolves where and how to connect for `model`. */
export function resolveEndpoint(options, model) {
    switch (options.provider) {
        case 'openai':
            return {
                provider: 'openai',
                url: realtimeUrl(`${trimSlash(options.baseUrl)}/realtime`, { model }),
                headers: { Authorization: `Bearer ${options.apiKey}` },
                dialect: 'ga',
                sendsModel: true,
                supportsReasoning,
            };
        case 'azure': {
            if (!options.apiKey && !options.entraToken) {
                throw new FrameworkError('CONFIG_INVALID', 'invalid provider: azure needs apiKey or entraToken');
            }
            const headers = options.apiKey
                ? { 'api-key': options.apiKey }
                : { Authorization: `Bearer ${options.entraToken}` };
            return {
                provider: 'azure',
                url: realtimeUrl(`${trimSlash(options.endpoint)}/openai/v1/realtime`, { model: options.deployment }),
                headers,
                dialect: 'ga',
                sendsModel: false,
                supportsReasoning,
            };
        }
        case 'xai':
            return {
                provider: 'xai',
                url: realtimeUrl(`${trimSlash(options.baseUrl)}/realtime`, { model }),
                headers: { Authorization: `Bearer ${options.apiKey}` },
                dialect: 'xai',
                sendsModel: false,
                supportsReasoning: () => false,
            };
        case 'compatible': {
            const reasoning = options.reasoning;
            return {
                provider: 'compatible',
                url: realtimeUrl(options.url, { model }),
                headers: { ...options.headers },
                dialect: 'ga',
                sendsModel: true,
                supportsReasoning: reasoning === undefined ? supportsReasoning : () => reasoning,
            };
        }
        case 'local':
            return {
                provider: 'local',
                url: realtimeUrl(options.url, { model }),
                headers: { Authorization: `Bearer ${options.apiKey}` },
                dialect: 'ga',
                sendsModel: true,
                supportsReasoning,
            };
    }
}
/** Adds query parameters the URL does not already carry; maps http(s) to ws(s). */
function realtimeUrl(base, params) {
    const url = new URL(base.replace(/^http/, 'ws'));
    for (const [key, value] of Object.entries(params)) {
        if (!url.searchParams.has(key))
            url.searchParams.set(key, value);
    }
    return url.toString();
}
function trimSlash(url) {
    return url.replace(/\/+$/, '');
}
//# sourceMappingURL=providers.js.map