// Building session.update per provider: where each connects, which headers it sends, which dialect it
// speaks, and that reasoning only reaches models that take it.
import { describe, expect, it } from 'vitest';
import { supportsReasoning } from '../../src/definition/model.js';
import { isFrameworkError } from '../../src/errors.js';
import {
  buildSessionUpdate,
  parseProviderOptions,
  parseSessionConfig,
  RealtimeClient,
  resolveEndpoint,
} from '../../src/realtime/index.js';

const tool = {
  name: 'lookup_order',
  description: 'Look up an order.',
  parameters: { type: 'object', properties: { order_id: { type: 'string' } }, required: ['order_id'] },
};

describe('an OpenAI session', () => {
  it('connects to the GA endpoint with a bearer key and no beta header', () => {
    const endpoint = resolveEndpoint(
      parseProviderOptions({ provider: 'openai', apiKey: 'sk-test' }),
      'gpt-realtime',
    );
    expect(endpoint.url).toBe('wss://api.openai.com/v1/realtime?model=gpt-realtime');
    expect(endpoint.headers).toEqual({ Authorization: 'Bearer sk-test' });
  });

  it('sends the nested GA shape with reasoning for gpt-realtime-2', () => {
    const endpoint = resolveEndpoint(
      parseProviderOptions({ provider: 'openai', apiKey: 'k' }),
      'gpt-realtime-2',
    );
    const config = parseSessionConfig({
      model: 'gpt-realtime-2',
      voice: 'marin',
      instructions: 'Be brief.',
      turnDetection: { type: 'semantic_vad', eagerness: 'medium' },
      transcription: { model: 'gpt-4o-mini-transcribe', language: 'en' },
      noiseReduction: 'near_field',
      tools: [tool],
      toolChoice: 'auto',
      maxOutputTokens: 512,
      reasoningEffort: 'low',
    });
    const { event, omitted } = buildSessionUpdate(config, endpoint);
    expect(omitted).toEqual([]);
    expect(event).toEqual({
      type: 'session.update',
      session: {
        type: 'realtime',
        model: 'gpt-realtime-2',
        instructions: 'Be brief.',
        output_modalities: ['audio'],
        audio: {
          input: {
            format: { type: 'audio/pcm', rate: 24000 },
            turn_detection: {
              type: 'semantic_vad',
              eagerness: 'medium',
              create_response: true,
              interrupt_response: true,
            },
            transcription: { model: 'gpt-4o-mini-transcribe', language: 'en' },
            noise_reduction: { type: 'near_field' },
          },
          output: { format: { type: 'audio/pcm', rate: 24000 }, voice: 'marin' },
        },
        tools: [{ type: 'function', ...tool }],
        tool_choice: 'auto',
        max_output_tokens: 512,
        reasoning: { effort: 'low' },
      },
    });
  });

  it('leaves reasoning out for gpt-realtime and gpt-realtime-mini, and says so', () => {
    for (const model of ['gpt-realtime', 'gpt-realtime-mini']) {
      const endpoint = resolveEndpoint(parseProviderOptions({ provider: 'openai', apiKey: 'k' }), model);
      const { event, omitted } = buildSessionUpdate(
        parseSessionConfig({ model, reasoningEffort: 'high' }),
        endpoint,
      );
      expect(event.session).not.toHaveProperty('reasoning');
      expect(omitted).toEqual(['reasoningEffort']);
    }
  });

  it('knows which models reason', () => {
    expect(['gpt-realtime-2', 'gpt-realtime-2.1', 'gpt-realtime-2.1-mini'].map(supportsReasoning)).toEqual([
      true,
      true,
      true,
    ]);
    expect(
      ['gpt-realtime', 'gpt-realtime-mini', 'gpt-realtime-1.5', 'gpt-realtime-20'].map(supportsReasoning),
    ).toEqual([false, false, false, false]);
  });

  it('speaks G.711 with its own format objects and turns detection off with null', () => {
    const endpoint = resolveEndpoint(
      parseProviderOptions({ provider: 'openai', apiKey: 'k' }),
      'gpt-realtime',
    );
    const config = parseSessionConfig({
      inputFormat: 'audio/pcmu',
      outputFormat: 'audio/pcma',
      turnDetection: { type: 'none' },
    });
    const { event } = buildSessionUpdate(config, endpoint);
    expect(event.session.audio).toEqual({
      input: { format: { type: 'audio/pcmu' }, turn_detection: null },
      output: { format: { type: 'audio/pcma' } },
    });
  });

  it('passes server VAD parameters through in wire names', () => {
    const endpoint = resolveEndpoint(
      parseProviderOptions({ provider: 'openai', apiKey: 'k' }),
      'gpt-realtime',
    );
    const config = parseSessionConfig({
      turnDetection: {
        type: 'server_vad',
        threshold: 0.6,
        prefixPaddingMs: 300,
        silenceDurationMs: 400,
        idleTimeoutMs: 8000,
        createResponse: false,
      },
    });
    const { event } = buildSessionUpdate(config, endpoint);
    expect(
      event.type === 'session.update' &&
        'type' in event.session &&
        event.session.audio?.input?.turn_detection,
    ).toEqual({
      type: 'server_vad',
      threshold: 0.6,
      prefix_padding_ms: 300,
      silence_duration_ms: 400,
      idle_timeout_ms: 8000,
      create_response: false,
      interrupt_response: true,
    });
  });
});

describe('an Azure session', () => {
  it('uses the GA v1 URL with the deployment, the api-key header, and no model in the session', () => {
    const options = parseProviderOptions({
      provider: 'azure',
      endpoint: 'https://my-res.openai.azure.com/',
      deployment: 'realtime-prod',
      apiKey: 'az-key',
    });
    const endpoint = resolveEndpoint(options, 'gpt-realtime-2');
    expect(endpoint.url).toBe('wss://my-res.openai.azure.com/openai/v1/realtime?model=realtime-prod');
    expect(endpoint.headers).toEqual({ 'api-key': 'az-key' });
    const { event } = buildSessionUpdate(
      parseSessionConfig({ model: 'gpt-realtime-2', reasoningEffort: 'minimal' }),
      endpoint,
    );
    expect(event.session).not.toHaveProperty('model');
    expect(event.session).toHaveProperty('reasoning', { effort: 'minimal' });
  });

  it('takes an Entra token as a bearer instead, and needs one of the two', () => {
    const base = { provider: 'azure' as const, endpoint: 'https://r.openai.azure.com', deployment: 'd' };
    expect(resolveEndpoint(parseProviderOptions({ ...base, entraToken: 'tok' }), 'm').headers).toEqual({
      Authorization: 'Bearer tok',
    });
    expect(() => resolveEndpoint(parseProviderOptions(base), 'm')).toThrow(/apiKey or entraToken/);
  });
});

describe('an xAI session', () => {
  it('connects to x.ai and sends the flat shape, without reasoning', () => {
    const endpoint = resolveEndpoint(
      parseProviderOptions({ provider: 'xai', apiKey: 'xk' }),
      'grok-voice-latest',
    );
    expect(endpoint.url).toBe('wss://api.x.ai/v1/realtime?model=grok-voice-latest');
    expect(endpoint.headers).toEqual({ Authorization: 'Bearer xk' });
    const config = parseSessionConfig({
      model: 'grok-voice-latest',
      voice: 'eve',
      instructions: 'Hi.',
      turnDetection: { type: 'server_vad', silenceDurationMs: 500 },
      reasoningEffort: 'low',
    });
    const { event, omitted } = buildSessionUpdate(config, endpoint);
    expect(event.session).toEqual({
      instructions: 'Hi.',
      voice: 'eve',
      turn_detection: { type: 'server_vad', silence_duration_ms: 500 },
      audio: {
        input: { format: { type: 'audio/pcm', rate: 24000 } },
        output: { format: { type: 'audio/pcm', rate: 24000 } },
      },
      tools: [],
    });
    expect(omitted).toEqual(['reasoningEffort']);
  });

  it('refuses semantic VAD, which xAI does not offer', () => {
    const endpoint = resolveEndpoint(
      parseProviderOptions({ provider: 'xai', apiKey: 'xk' }),
      'grok-voice-latest',
    );
    expect(() =>
      buildSessionUpdate(parseSessionConfig({ turnDetection: { type: 'semantic_vad' } }), endpoint),
    ).toThrow(/xai supports server_vad or none/);
  });
});

describe('compatible and local sessions', () => {
  it('use the given URL and headers, keep its query, and map http to ws', () => {
    const endpoint = resolveEndpoint(
      parseProviderOptions({
        provider: 'compatible',
        url: 'https://proxy.example/v1/realtime?tenant=a',
        headers: { 'x-key': 'v' },
      }),
      'gpt-realtime-2',
    );
    expect(endpoint.url).toBe('wss://proxy.example/v1/realtime?tenant=a&model=gpt-realtime-2');
    expect(endpoint.headers).toEqual({ 'x-key': 'v' });
  });

  it('let a compatible server declare that its model does not reason', () => {
    const endpoint = resolveEndpoint(
      parseProviderOptions({ provider: 'compatible', url: 'ws://127.0.0.1:1/v1/realtime', reasoning: false }),
      'gpt-realtime-2',
    );
    expect(
      buildSessionUpdate(parseSessionConfig({ model: 'gpt-realtime-2', reasoningEffort: 'low' }), endpoint)
        .omitted,
    ).toEqual(['reasoningEffort']);
  });

  it('send the local engine a bearer so it accepts the upgrade', () => {
    const endpoint = resolveEndpoint(
      parseProviderOptions({ provider: 'local', url: 'ws://127.0.0.1:4000/v1/realtime' }),
      'gpt-realtime',
    );
    expect(endpoint.url).toBe('ws://127.0.0.1:4000/v1/realtime?model=gpt-realtime');
    expect(endpoint.headers).toEqual({ Authorization: 'Bearer local' });
  });
});

describe('bad configuration', () => {
  it('names the field and what was wrong', () => {
    const attempt = () =>
      parseSessionConfig({
        inputFormat: 'pcm16' as never,
        turnDetection: { type: 'server_vad', threshold: 3 },
      });
    expect(attempt).toThrow(/session\.inputFormat: .*session\.turnDetection\.threshold/s);
    try {
      attempt();
    } catch (error) {
      expect(isFrameworkError(error, 'CONFIG_INVALID')).toBe(true);
    }
  });

  it('refuses unknown provider fields and empty keys', () => {
    expect(() => parseProviderOptions({ provider: 'openai', apiKey: '' })).toThrow(
      /provider\.apiKey: must not be empty/,
    );
    expect(() => parseProviderOptions({ provider: 'openai', apiKey: 'k', beta: true } as never)).toThrow(
      /provider/,
    );
  });

  it('refuses client options that cannot work, before any connection', () => {
    const provider = { provider: 'local' as const, url: 'ws://127.0.0.1:1/v1/realtime' };
    expect(
      () => new RealtimeClient({ provider, session: {}, sessionCapMs: 5_000, rolloverMarginMs: 5_000 }),
    ).toThrow(/realtime\.rolloverMarginMs: rolloverMarginMs must be shorter than sessionCapMs/);
    expect(() => new RealtimeClient({ provider, session: {}, chunkMs: 5 })).toThrow(/realtime\.chunkMs/);
    expect(() => new RealtimeClient({ provider, session: { voice: '' } })).toThrow(
      /realtime\.session\.voice/,
    );
  });
});
