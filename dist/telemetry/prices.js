export const PRICE_TABLE_VERSION = '2026-11-30';
const GPT_REALTIME = {
    audio: { input: 32, cachedInput: 0.4, output: 64 },
    text: { input: 4, output: 16 },
};
const GPT_REALTIME_2 = {
    audio: { input: 32, cachedInput: 0.4, output: 64 },
    text: { input: 4, output: 24 },
    image: { input: 5 },
};
const GPT_REALTIME_2_MINI = {
    audio: { input: 10, cachedInput: 0.3, output: 20 },
    text: { input: 0.6, output: 2.4 },
    image: { input: 5 },
};
/** OpenAI's published prices by model, as of PRICE_TABLE_VERSION. */
export const OPENAI_PRICES = {
    'gpt-realtime': GPT_REALTIME,
    'gpt-realtime-1.5': GPT_REALTIME,
    'gpt-realtime-2': GPT_REALTIME_2,
    'gpt-realtime-2.1': GPT_REALTIME_2,
    'gpt-realtime-2.1-mini': GPT_REALTIME_2_MINI,
};
const FREE = {
    audio: { input: 0, cachedInput: 0, output: 0 },
    text: { input: 0, cachedInput: 0, output: 0 },
    image: { input: 0 },
};
/** The prices of a model: the embedded engine is free; OpenAI models by name (a dated snapshot like its model); else unknown. */
export function pricesOf({ provider, model }) {
    if (provider === 'local')
        return FREE;
    if (provider !== 'openai')
        return undefined;
    return OPENAI_PRICES[model] ?? OPENAI_PRICES[model.replace(/-\d{4}-\d{2}-\d{2}$/, '')];
}
/** The cost of `usage` (one response's, or a sum) for `model`. */
export function costOf(model, usage) {
    const prices = pricesOf(model);
    const lines = [
        ['audio.input', usage.input.audio - usage.cachedInput.audio, prices?.audio.input],
        ['audio.cached_input', usage.cachedInput.audio, prices?.audio.cachedInput],
        ['audio.output', usage.output.audio, prices?.audio.output],
        ['text.input', usage.input.text - usage.cachedInput.text, prices?.text.input],
        ['text.cached_input', usage.cachedInput.text, prices?.text.cachedInput],
        ['text.output', usage.output.text, prices?.text.output],
        ['image.input', usage.input.image - usage.cachedInput.image, prices?.image?.input],
        ['image.cached_input', usage.cachedInput.image, undefined],
    ];
    let pricedUsd = 0;
    const unpriced = [];
    for (const [kind, tokens, price] of lines) {
        if (tokens <= 0)
            continue;
        if (price === undefined)
            unpriced.push(kind);
        else
            pricedUsd += (tokens * price) / 1_000_000;
    }
    // Tokens counted without a breakdown by modality cannot be priced either.
    if (usage.inputTokens > usage.input.audio + usage.input.text + usage.input.image)
        unpriced.push('input');
    if (usage.outputTokens > usage.output.audio + usage.output.text)
        unpriced.push('output');
    return {
        usd: unpriced.length === 0 ? pricedUsd : null,
        pricedUsd,
        unpriced,
        model: model.model,
        tableVersion: PRICE_TABLE_VERSION,
    };
}
/** Adds two costs of the same model (a session's responses, a participant's sessions). */
export function addCosts(a, b) {
    const unpriced = [...new Set([...a.unpriced, ...b.unpriced])];
    const pricedUsd = a.pricedUsd + b.pricedUsd;
    return { ...a, usd: unpriced.length === 0 ? pricedUsd : null, pricedUsd, unpriced };
}
//# sourceMappingURL=prices.js.map