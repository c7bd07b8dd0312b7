import type { UsageTotals } from '../realtime/usage.js';
/** Dollars per million tokens; a missing entry is a price not published in this table. */
export interface ModelPrices {
    audio: {
        input: number;
        cachedInput?: number;
        output: number;
    };
    text: {
        input: number;
        cachedInput?: number;
        output: number;
    };
    image?: {
        input: number;
    };
}
export declare const PRICE_TABLE_VERSION = "2026-11-30";
/** OpenAI's published prices by model, as of PRICE_TABLE_VERSION. */
export declare const OPENAI_PRICES: Readonly<Record<string, ModelPrices>>;
/** Which model a session talks to, as far as pricing goes. */
export interface PricedModel {
    provider: string;
    model: string;
}
/** The prices of a model: the embedded engine is free; OpenAI models by name (a dated snapshot like its model); else unknown. */
export declare function pricesOf({ provider, model }: PricedModel): ModelPrices | undefined;
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
export declare function costOf(model: PricedModel, usage: Readonly<UsageTotals>): Cost;
/** Adds two costs of the same model (a session's responses, a participant's sessions). */
export declare function addCosts(a: Cost, b: Cost): Cost;
