// Cost in money from token usage: the published prices by model, cached audio at its own price, dated
// snapshots priced like their model, the embedded engine free, and every price the table lacks reported
// as unknown (null), never as zero.
import { describe, expect, it } from 'vitest';
import { addUsage, emptyUsage } from '../../src/realtime/usage.js';
import { addCosts, costOf, PRICE_TABLE_VERSION } from '../../src/telemetry/prices.js';

function usage(details: {
  audioIn?: number;
  cachedAudio?: number;
  textIn?: number;
  cachedText?: number;
  imageIn?: number;
  audioOut?: number;
  textOut?: number;
}) {
  const totals = emptyUsage();
  const input = (details.audioIn ?? 0) + (details.textIn ?? 0) + (details.imageIn ?? 0);
  const output = (details.audioOut ?? 0) + (details.textOut ?? 0);
  addUsage(totals, {
    input_tokens: input,
    output_tokens: output,
    total_tokens: input + output,
    input_token_details: {
      audio_tokens: details.audioIn ?? 0,
      text_tokens: details.textIn ?? 0,
      image_tokens: details.imageIn ?? 0,
      cached_tokens: (details.cachedAudio ?? 0) + (details.cachedText ?? 0),
      cached_tokens_details: { audio_tokens: details.cachedAudio ?? 0, text_tokens: details.cachedText ?? 0 },
    },
    output_token_details: { audio_tokens: details.audioOut ?? 0, text_tokens: details.textOut ?? 0 },
  });
  return totals;
}

const openai = (model: string) => ({ provider: 'openai', model });

describe('cost of a response', () => {
  it('prices gpt-realtime audio in, cached audio, audio out, text in and out per million tokens', () => {
    const cost = costOf(
      openai('gpt-realtime'),
      usage({
        audioIn: 1_000_000,
        cachedAudio: 500_000,
        audioOut: 1_000_000,
        textIn: 1_000_000,
        textOut: 1_000_000,
      }),
    );
    // 500k uncached audio at $32, 500k cached at $0.40, 1M audio out at $64, text $4 in and $16 out.
    expect(cost.usd).toBeCloseTo(16 + 0.2 + 64 + 4 + 16, 10);
    expect(cost.unpriced).toEqual([]);
    expect(cost.tableVersion).toBe(PRICE_TABLE_VERSION);
  });

  it('uses each model family its own prices, and a dated snapshot those of its model', () => {
    const text = usage({ textOut: 1_000_000 });
    expect(costOf(openai('gpt-realtime-1.5'), text).usd).toBe(16);
    expect(costOf(openai('gpt-realtime-2'), text).usd).toBe(24);
    expect(costOf(openai('gpt-realtime-2.1'), text).usd).toBe(24);
    expect(costOf(openai('gpt-realtime-2.1-mini'), text).usd).toBeCloseTo(2.4, 10);
    expect(costOf(openai('gpt-realtime-2025-08-28'), text).usd).toBe(16);
    expect(costOf(openai('gpt-realtime-2.1-mini'), usage({ audioIn: 1_000_000 })).usd).toBe(10);
    expect(costOf(openai('gpt-realtime-2'), usage({ imageIn: 1_000_000 })).usd).toBe(5);
  });

  it('reports a model the table does not have as unknown, never as zero', () => {
    for (const model of [openai('gpt-realtime-mini'), { provider: 'xai', model: 'grok-voice-latest' }]) {
      const cost = costOf(model, usage({ audioIn: 1_000, audioOut: 2_000 }));
      expect(cost.usd).toBeNull();
      expect(cost.unpriced).toEqual(['audio.input', 'audio.output']);
    }
  });

  it('reports a cost as unknown when one kind of token it used has no published price', () => {
    const cost = costOf(openai('gpt-realtime'), usage({ audioOut: 1_000_000, textIn: 100, cachedText: 100 }));
    expect(cost.usd).toBeNull();
    expect(cost.unpriced).toEqual(['text.cached_input']);
    expect(cost.pricedUsd).toBe(64);
    expect(costOf(openai('gpt-realtime'), usage({ imageIn: 10 })).usd).toBeNull();
  });

  it('reports tokens counted without a breakdown as unknown', () => {
    const totals = emptyUsage();
    addUsage(totals, { input_tokens: 50, output_tokens: 20, total_tokens: 70 });
    expect(costOf(openai('gpt-realtime'), totals)).toMatchObject({
      usd: null,
      unpriced: ['input', 'output'],
    });
  });

  it('prices the embedded engine at nothing', () => {
    expect(
      costOf({ provider: 'local', model: 'local-engine' }, usage({ audioIn: 5_000, audioOut: 9_000 })).usd,
    ).toBe(0);
  });

  it('adds costs, staying unknown once part of them is', () => {
    const known = costOf(openai('gpt-realtime'), usage({ audioOut: 1_000_000 }));
    const unknown = costOf(openai('gpt-realtime'), usage({ cachedText: 10, textIn: 10 }));
    expect(addCosts(known, known).usd).toBe(128);
    expect(addCosts(known, unknown)).toMatchObject({
      usd: null,
      pricedUsd: 64,
      unpriced: ['text.cached_input'],
    });
  });
});
