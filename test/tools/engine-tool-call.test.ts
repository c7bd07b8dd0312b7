// Tool calls end to end against the real local engine (script behaviour) through a model session:
// a person asks, the model calls a tool, the executor runs it, its output reaches the engine as a
// function_call_output and the model answers. A slow async tool runs while the model keeps speaking;
// an abort (what a barge-in does) ends a pending one and the model is told. Session and executor are
// wired with the relay's own `relayToolCalls`.
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { StoredItem } from '../../src/engine/conversation.js';
import { type Behaviour, type RunningEngine, scriptBehaviour } from '../../src/engine/index.js';
import { isFrameworkError } from '../../src/errors.js';
import { type ModelSession, RealtimeModelSession } from '../../src/realtime/index.js';
import { loadRegistry } from '../../src/registry/index.js';
import { definePlugin, defineTool } from '../../src/registry/plugin.js';
import { Registry } from '../../src/registry/registry.js';
import { relayToolCalls } from '../../src/relay/tool-calls.js';
import { ToolExecutor, type ToolResult } from '../../src/tools/executor.js';
import { Toolset } from '../../src/tools/toolset.js';
import { engine, quiet, speechFrames, turnDetection } from '../realtime/harness.js';
import { alice, recordingRoom } from './room-fixture.js';

let running: RunningEngine | undefined;
let client: RealtimeModelSession | undefined;
let executor: ToolExecutor | undefined;
afterEach(async () => {
  await executor?.close();
  client?.close();
  await running?.close();
});

function sessionFor(target: RunningEngine, tools: ReturnType<typeof sessionTools>): RealtimeModelSession {
  return new RealtimeModelSession(
    {
      provider: { provider: 'local', url: target.url },
      session: { model: 'gpt-realtime', voice: 'marin', turnDetection, tools },
    },
    { logger: quiet },
  );
}

/** Appends a spoken turn: all at once (the engine's VAD runs on the audio timeline), or in real time. */
async function speak(
  session: ModelSession,
  phrase: Parameters<typeof speechFrames>[0],
  pace: 'burst' | 'live' = 'burst',
): Promise<void> {
  for (const frame of await speechFrames(phrase)) {
    session.appendAudio(frame);
    if (pace === 'live') await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** The relay's wiring of tool calls, with the caller fixed to Alice. */
function wire(session: ModelSession, tools: ToolExecutor): void {
  const host = { caller: () => alice, respond: () => session.respond(), started() {}, finished() {} };
  relayToolCalls(session, tools, host, quiet);
}

/** The script behaviour, also keeping the conversation the engine had at each reply. */
function recording(
  script: Parameters<typeof scriptBehaviour>[0],
): Behaviour & { seen: StoredItem['item'][][] } {
  const inner = scriptBehaviour(script);
  const seen: StoredItem['item'][][] = [];
  return {
    name: 'recording-script',
    seen,
    reply(turn) {
      seen.push(turn.items.map((stored) => stored.item));
      return inner.reply(turn);
    },
  };
}

/** Realtime session tools from a toolset (the client adds `type: 'function'` itself). */
function sessionTools(toolset: Toolset) {
  return toolset
    .definitions()
    .map(({ name, description, parameters }) => ({ name, description, parameters }));
}

describe('a tool call through the local engine', () => {
  it('runs notes.add, returns its output to the engine, and the model answers', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'roomvoice-e2e-'));
    const behaviour = recording({
      turns: [
        { call: 'notes__add', arguments: { text: 'Ship on Friday' } },
        { say: 'Noted: ship on Friday.' },
      ],
    });
    running = await engine(behaviour);
    const toolset = new Toolset(
      await loadRegistry({ packages: [] }),
      { tools: ['notes.*'] },
      { logger: quiet },
    );
    client = sessionFor(running, sessionTools(toolset));
    executor = new ToolExecutor({
      tools: toolset,
      room: recordingRoom('standup'),
      agent: { name: 'scribe' },
      dataDir,
      logger: quiet,
    });
    wire(client, executor);
    await client.connect();

    const result = new Promise<ToolResult>((resolve) => executor!.once('result', resolve));
    const answered = client.next('output_transcript_done');
    await speak(client, 'notes');
    expect(await result).toMatchObject({ name: 'notes.add', status: 'ok', output: 'Noted.' });
    expect((await answered).transcript).toBe('Noted: ship on Friday.');

    // The engine had the tool's output in its conversation when it wrote the follow-up.
    const context = behaviour.seen[1] ?? [];
    expect(context.map((item) => item.type)).toEqual(['message', 'function_call', 'function_call_output']);
    expect(context[2]).toMatchObject({ type: 'function_call_output', output: 'Noted.' });
    expect(await readFile(join(dataDir, 'notes', 'standup.md'), 'utf8')).toMatch(
      /\(Alice\): Ship on Friday\n$/,
    );
  });
});

describe('async tools against the local engine', () => {
  let finishedWork = 0;
  let abortSeen: unknown;
  const slow = definePlugin({
    name: 'weather',
    tools: [
      defineTool({
        name: 'lookup',
        description: 'Looks up the weather; takes a while.',
        parameters: z.object({ city: z.string() }),
        async: true,
        execute: ({ city }, ctx) =>
          new Promise<string>((resolve, reject) => {
            const timer = setTimeout(() => {
              finishedWork += 1;
              resolve(`sunny in ${city}`);
            }, 2_000);
            ctx.signal.addEventListener('abort', () => {
              clearTimeout(timer);
              abortSeen = ctx.signal.reason;
              reject(ctx.signal.reason);
            });
          }),
      }),
    ],
  });

  async function session(script: Parameters<typeof scriptBehaviour>[0]) {
    const behaviour = recording(script);
    running = await engine(behaviour);
    const toolset = new Toolset(new Registry([{ plugin: slow, source: 'test/weather.ts' }]), {
      tools: ['weather.*'],
    });
    client = sessionFor(running, sessionTools(toolset));
    executor = new ToolExecutor({
      tools: toolset,
      room: recordingRoom('lobby'),
      agent: { name: 'concierge' },
      logger: quiet,
    });
    wire(client, executor);
    await client.connect();
    return { behaviour, client, executor };
  }

  it('keeps the model speaking while a 2 s tool runs, then delivers the result', async () => {
    finishedWork = 0;
    const { behaviour, client, executor } = await session({
      turns: [
        { call: 'weather__lookup', arguments: { city: 'Oslo' } },
        { say: 'Let me look that up for you, it takes a moment.' },
        { say: 'It is sunny in Oslo.' },
      ],
    });
    const order: string[] = [];
    client.on('audio', () => {
      if (order.at(-1) !== 'audio') order.push('audio');
    });
    const landed = new Promise<ToolResult>((resolve) => executor.once('result', resolve));
    landed.then(() => order.push('result'));
    const finalAnswer = client.next('output_transcript_done', ({ transcript }) =>
      transcript.includes('sunny in Oslo'),
    );

    await speak(client, 'question');
    const result = await landed;
    expect(result).toMatchObject({
      name: 'weather.lookup',
      status: 'ok',
      async: true,
      output: 'sunny in Oslo',
    });
    expect(result.durationMs).toBeGreaterThanOrEqual(1_900);
    expect(executor.pending()).toEqual([]);
    // The filler was spoken (audio streamed) while the tool ran; the result came after it.
    expect(order.slice(0, 2)).toEqual(['audio', 'result']);

    await finalAnswer;
    expect(finishedWork).toBe(1);
    expect(behaviour.seen[2]?.map((item) => item.type)).toEqual([
      'message',
      'function_call',
      'message',
      'function_call_output',
    ]);
  });

  it('aborts the pending tool when someone barges in, and tells the model', async () => {
    finishedWork = 0;
    abortSeen = undefined;
    const { behaviour, client, executor } = await session({
      turns: [
        { call: 'weather__lookup', arguments: { city: 'Oslo' } },
        { say: 'Let me look that up for you. It can take a little while, so please bear with me.' },
        { say: 'Sure, go ahead.' },
      ],
    });
    const fillerSpeaking = client.next('audio');
    const aborted = new Promise<ToolResult>((resolve) => executor.once('result', resolve));
    // What the relay's conversation does when someone talks over the agent.
    client.on('speech_started', () => executor.abort('barge-in'));

    await speak(client, 'question');
    await fillerSpeaking;
    expect(executor.pending()).toHaveLength(1);
    await speak(client, 'interrupt', 'live');

    const result = await aborted;
    expect(result).toMatchObject({
      name: 'weather.lookup',
      status: 'aborted',
      output: 'The call to weather.lookup did not finish: it was cancelled because the user interrupted.',
    });
    expect(isFrameworkError(abortSeen, 'TOOL_ABORTED')).toBe(true);
    // The model was told: its next reply saw the aborted call's output in the conversation.
    await expect
      .poll(() => behaviour.seen.at(-1)?.find((item) => item.type === 'function_call_output'), {
        timeout: 10_000,
      })
      .toMatchObject({ output: result.output });
    expect(finishedWork).toBe(0);
  });
});
