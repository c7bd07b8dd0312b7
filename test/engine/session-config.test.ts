// The session a client sees: hosted defaults on connect, and session.update applied as the hosted
// service applies it (partial merges, null clears, turn-detection defaults, reasoning models, voice lock).
import { describe, expect, it } from 'vitest';
import { ProtocolError } from '../../src/engine/protocol-error.js';
import { applySessionUpdate, defaultSession } from '../../src/engine/session-config.js';

const base = () => defaultSession('sess_x', 'gpt-realtime', 1_700_000_000);

describe('session configuration', () => {
  it('starts with the hosted defaults (§2.1)', () => {
    const session = base();
    expect(Object.keys(session)).toEqual([
      'type',
      'object',
      'id',
      'model',
      'output_modalities',
      'instructions',
      'tools',
      'tool_choice',
      'max_output_tokens',
      'tracing',
      'truncation',
      'prompt',
      'expires_at',
      'audio',
      'include',
    ]);
    expect(session.audio).toEqual({
      input: {
        format: { type: 'audio/pcm', rate: 24_000 },
        transcription: null,
        noise_reduction: null,
        turn_detection: {
          type: 'server_vad',
          threshold: 0.5,
          prefix_padding_ms: 300,
          silence_duration_ms: 200,
          idle_timeout_ms: null,
          create_response: true,
          interrupt_response: true,
        },
      },
      output: { format: { type: 'audio/pcm', rate: 24_000 }, voice: 'alloy', speed: 1 },
    });
    expect(session).toMatchObject({
      max_output_tokens: 'inf',
      tool_choice: 'auto',
      tools: [],
      tracing: null,
      truncation: 'auto',
      include: null,
    });
  });

  it('merges partial updates and keeps what was not mentioned', () => {
    const a = applySessionUpdate(
      base(),
      { type: 'realtime', instructions: 'Be brief.', audio: { output: { voice: 'marin' } } },
      false,
    );
    const b = applySessionUpdate(
      a,
      {
        type: 'realtime',
        audio: { input: { turn_detection: { type: 'server_vad', silence_duration_ms: 700 } } },
      },
      false,
    );
    expect(b.instructions).toBe('Be brief.');
    expect(b.audio?.output?.voice).toBe('marin');
    expect(b.audio?.input?.turn_detection).toMatchObject({
      type: 'server_vad',
      threshold: 0.5,
      silence_duration_ms: 700,
    });
  });

  it('null clears turn detection and transcription; semantic_vad gets its own defaults', () => {
    const withTranscription = applySessionUpdate(
      base(),
      { type: 'realtime', audio: { input: { transcription: { model: 'gpt-4o-mini-transcribe' } } } },
      false,
    );
    const cleared = applySessionUpdate(
      withTranscription,
      { type: 'realtime', audio: { input: { transcription: null, turn_detection: null } } },
      false,
    );
    expect(cleared.audio?.input?.transcription).toBeNull();
    expect(cleared.audio?.input?.turn_detection).toBeNull();
    const semantic = applySessionUpdate(
      cleared,
      { type: 'realtime', audio: { input: { turn_detection: { type: 'semantic_vad' } } } },
      false,
    );
    expect(semantic.audio?.input?.turn_detection).toEqual({
      type: 'semantic_vad',
      eagerness: 'auto',
      create_response: true,
      interrupt_response: true,
    });
  });

  it('G.711 formats are stored without a rate; PCM always carries 24000', () => {
    const s = applySessionUpdate(
      base(),
      {
        type: 'realtime',
        audio: { input: { format: { type: 'audio/pcma' } }, output: { format: { type: 'audio/pcm' } } },
      },
      false,
    );
    expect(s.audio?.input?.format).toEqual({ type: 'audio/pcma' });
    expect(s.audio?.output?.format).toEqual({ type: 'audio/pcm', rate: 24_000 });
  });

  it('reasoning models carry reasoning and parallel_tool_calls; others refuse them', () => {
    const reasoning = defaultSession('sess_y', 'gpt-realtime-2', 0);
    expect(reasoning.reasoning).toEqual({ effort: 'low' });
    const updated = applySessionUpdate(
      reasoning,
      { type: 'realtime', reasoning: { effort: 'high' }, parallel_tool_calls: false },
      false,
    );
    expect(updated).toMatchObject({ reasoning: { effort: 'high' }, parallel_tool_calls: false });
    expect(() => applySessionUpdate(base(), { type: 'realtime', parallel_tool_calls: true }, false)).toThrow(
      ProtocolError,
    );
  });

  it('locks the voice once assistant audio exists, but accepts the same voice again', () => {
    const s = base();
    expect(() =>
      applySessionUpdate(s, { type: 'realtime', audio: { output: { voice: 'cedar' } } }, true),
    ).toThrow("Cannot update a conversation's voice if assistant audio is present.");
    expect(
      applySessionUpdate(s, { type: 'realtime', audio: { output: { voice: 'alloy' } } }, true).audio?.output
        ?.voice,
    ).toBe('alloy');
  });

  it('tracing cannot be changed once set', () => {
    const traced = applySessionUpdate(base(), { type: 'realtime', tracing: 'auto' }, false);
    expect(() =>
      applySessionUpdate(traced, { type: 'realtime', tracing: { workflow_name: 'other' } }, false),
    ).toThrow(ProtocolError);
    expect(applySessionUpdate(traced, { type: 'realtime', tracing: 'auto' }, false).tracing).toBe('auto');
  });
});
