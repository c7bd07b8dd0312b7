// What a response costs in money: a versioned table of published realtime model prices (US dollars per
// million tokens: audio in, cached audio in, audio out; text in, text out; image in where published), and
// the cost of a response's token usage by it. A price the table does not have is unknown, never zero:
// the cost is then reported as unknown, with what could be priced and what could not.
import type { UsageTotals } from '../realtime/usage.js';

/** Dollars per million tokens; a missing entry is a price not published in this table. */
export interface ModelPrices {
  audio: { input: number; cachedInput?: number; output: number };
  text: { input: number; cachedInput?: number; output: number };
  image?: { input: number };
}

export const PRICE_TABLE_VERSION = '2026-11-30';

const GPT_REALTIME: ModelPrices = {
  audio: { input: 32, cachedInput: 0.4, output: 64 },
  text: { input: 4, output: 16 },
};
const GPT_REALTIME_2: ModelPrices = {
  audio: { input: 32, cachedInput: 0.4, output: 64 },
  text: { input: 4, output: 24 },
  image: { input: 5 },
};
const GPT_REALTIME_2_MINI: ModelPrices = {
  audio: { input: 10, cachedInput: 0.3, output: 20 },
  text: { input: 0.6, output: 2.4 },
  image: { input: 5 },
};

/** OpenAI's published prices by model, as of PRICE_TABLE_VERSION. */
export const OPENAI_PRICES: Readonly<Record<string, ModelPrices>> = {
  'gpt-realtime': GPT_REALTIME,
  'gpt-realtime-1.5': GPT_REALTIME,
  'gpt-realtime-2': GPT_REALTIME_2,
  'gpt-realtime-2.1': GPT_REALTIME_2,
  'gpt-realtime-2.1-mini': GPT_REALTIME_2_MINI,
};

const FREE: ModelPrices = {
  audio: { input: 0, cachedInput: 0, output: 0 },
  text: { input: 0, cachedInput: 0, output: 0 },
  image: { input: 0 },
};

/** Which model a session talks to, as far as pricing goes. */
export interface PricedModel {
  provider: string;
  model: string;
}

/** The prices of a model: the embedded engine is free; OpenAI models by name (a dated snapshot like its model); else unknown. */
export function pricesOf({ provider, model }: PricedModel): ModelPrices | undefined {
  if (provider === 'local') return FREE;
  if (provider !== 'openai') return undefined;
  return OPENAI_PRICES[model] ?? OPENAI_PRICES[model.replace(/-\d{4}-\d{2}-\d{2}$/, '')];
}

export interface Cost {
  /** The cost in US dollars, or null when a price it needs is unknown. */
  usd: number | null;
  /** What could be priced (all of it when `usd` is known). */
  pricedUsd: number;
  /** Token kinds used that have no price in the table, e.g. "text.cached_input". */
  unpriced: string[];
  model: string;
  tableVersion: string;
}

/** The cost of `usage` (one response's, or a sum) for `model`. */
export function costOf(model: PricedModel, usage: Readonly<UsageTotals>): Cost {
  const prices = pricesOf(model);
  const lines: [kind: string, tokens: number, price: number | undefined][] = [
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
  const unpriced: string[] = [];
  for (const [kind, tokens, price] of lines) {
    if (tokens <= 0) continue;
    if (price === undefined) unpriced.push(kind);
    else pricedUsd += (tokens * price) / 1_000_000;
  }
  // Tokens counted without a breakdown by modality cannot be priced either.
  if (usage.inputTokens > usage.input.audio + usage.input.text + usage.input.image) unpriced.push('input');
  if (usage.outputTokens > usage.output.audio + usage.output.text) unpriced.push('output');
  return {
    usd: unpriced.length === 0 ? pricedUsd : null,
    pricedUsd,
    unpriced,
    model: model.model,
    tableVersion: PRICE_TABLE_VERSION,
  };
}

/** Adds two costs of the same model (a session's responses, a participant's sessions). */
export function addCosts(a: Cost, b: Cost): Cost {
  const unpriced = [...new Set([...a.unpriced, ...b.unpriced])];
  const pricedUsd = a.pricedUsd + b.pricedUsd;
  return { ...a, usd: unpriced.length === 0 ? pricedUsd : null, pricedUsd, unpriced };
}
