// What loads but deserves a look: API keys written inline where a `${env:NAME}` reference belongs, and
// OpenAI model names nobody has heard of (likely typos, but new models appear, so not errors).
import { KNOWN_OPENAI_MODELS } from './model.js';
import { looksLikeSecret } from './secrets.js';
import { didYouMean } from './suggest.js';
const DEFAULT_KEY_VARIABLE = {
    openai: 'OPENAI_API_KEY',
    azure: 'AZURE_OPENAI_API_KEY',
    xai: 'XAI_API_KEY',
    compatible: 'API_KEY',
};
function inlineSecret(value, path, variable) {
    if (!looksLikeSecret(value))
        return [];
    return [
        {
            path,
            message: `looks like a secret written inline; write \${env:${variable}} and set ${variable} in the environment`,
        },
    ];
}
export function definitionWarnings(agent) {
    const { model } = agent;
    const warnings = [];
    const variable = DEFAULT_KEY_VARIABLE[model.provider] ?? 'API_KEY';
    if ('api_key' in model && model.api_key !== undefined) {
        warnings.push(...inlineSecret(model.api_key, ['model', 'api_key'], variable));
    }
    if (model.provider === 'compatible') {
        for (const [header, value] of Object.entries(model.headers ?? {})) {
            const headerVariable = header.toUpperCase().replaceAll('-', '_');
            warnings.push(...inlineSecret(value, ['model', 'headers', header], headerVariable));
        }
    }
    if (model.provider === 'openai' && !KNOWN_OPENAI_MODELS.includes(model.model)) {
        warnings.push({
            path: ['model', 'model'],
            message: `"${model.model}" is not a known OpenAI realtime model${didYouMean(model.model, KNOWN_OPENAI_MODELS)}`,
        });
    }
    return warnings;
}
//# sourceMappingURL=warnings.js.map