// The tool executor on its own: the model's arguments are checked and mistakes come back as text the
// model can act on; slow tools time out; a barge-in or the session's end aborts what is pending; async
// tools report when they land. The room is an in-memory stand-in (this is a unit test of one module).
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { isFrameworkError } from '../../src/errors.js';
import { definePlugin, defineTool } from '../../src/registry/plugin.js';
import { Registry } from '../../src/registry/registry.js';
import type { ToolContext } from '../../src/tools/context.js';
import { ToolExecutor, type ToolResult } from '../../src/tools/executor.js';
import { Toolset } from '../../src/tools/toolset.js';
import { quietLogs } from './quiet-logs.js';
import { alice, recordingRoom } from './room-fixture.js';

quietLogs();

/** Resolves when the tool's signal is aborted, with the abort reason. */
function untilAborted(ctx: ToolContext): Promise<unknown> {
  return new Promise((resolve) =>
    ctx.signal.addEventListener('abort', () => resolve(ctx.signal.reason), { once: true }),
  );
}

const seen: { ctx?: ToolContext; abortReason?: unknown } = {};
let releaseSlow: (text: string) => void = () => undefined;

const demo = definePlugin({
  name: 'demo',
  tools: [
    defineTool({
      name: 'add',
      description: 'Adds a note',
      parameters: z.object({ text: z.string().min(1), priority: z.enum(['low', 'high']).optional() }),
      execute: ({ text, priority }, ctx) => {
        seen.ctx = ctx;
        return { saved: text, priority: priority ?? 'low' };
      },
    }),
    defineTool({
      name: 'fail',
      description: 'Always fails',
      parameters: z.object({}),
      execute: () => {
        throw new Error('disk full');
      },
    }),
    defineTool({
      name: 'hang',
      description: 'Never finishes on its own',
      parameters: z.object({}),
      timeoutMs: 50,
      execute: async (_args, ctx) => {
        seen.abortReason = await untilAborted(ctx);
        return 'too late';
      },
    }),
    defineTool({
      name: 'wait',
      description: 'Waits until aborted; uses the session default timeout',
      parameters: z.object({}),
      execute: async (_args, ctx) => {
        seen.abortReason = await untilAborted(ctx);
        return 'too late';
      },
    }),
    defineTool({
      name: 'lookup',
      description: 'A slow lookup the model talks over',
      parameters: z.object({ city: z.string() }),
      async: true,
      execute: ({ city }) =>
        new Promise<string>((resolve) => (releaseSlow = (text) => resolve(`${text} in ${city}`))),
    }),
  ],
});

async function session(
  defaultTimeoutMs = 60_000,
): Promise<{ executor: ToolExecutor; results: ToolResult[] }> {
  const registry = new Registry([{ plugin: demo, source: 'test/demo.ts' }]);
  const toolset = new Toolset(registry, { tools: ['demo.*'] });
  const executor = new ToolExecutor({
    tools: toolset,
    room: recordingRoom('standup'),
    agent: { name: 'scribe' },
    defaultTimeoutMs,
    dataDir: '/tmp/roomvoice-test-data',
  });
  const results: ToolResult[] = [];
  executor.on('result', (result) => results.push(result));
  return { executor, results };
}

describe('the model calls a tool', () => {
  it('runs it with checked arguments and a context naming room, caller, agent and call', async () => {
    const { executor, results } = await session();
    const pending = executor.call({
      callId: 'call_1',
      name: 'demo__add',
      arguments: '{"text":"ship friday","priority":"high"}',
      participant: alice,
    });
    expect(pending.async).toBe(false);
    const result = await pending.result;
    expect(result).toMatchObject({ callId: 'call_1', name: 'demo.add', status: 'ok', async: false });
    expect(JSON.parse(result.output)).toEqual({ saved: 'ship friday', priority: 'high' });
    expect(results).toEqual([result]);
    expect(seen.ctx?.room.name).toBe('standup');
    expect(seen.ctx?.participant).toEqual(alice);
    expect(seen.ctx?.agent.name).toBe('scribe');
    expect(seen.ctx?.callId).toBe('call_1');
    expect(seen.ctx?.dataDir).toBe('/tmp/roomvoice-test-data');
    expect(seen.ctx?.signal.aborted).toBe(false);
  });

  it('answers wrong arguments with text the model can correct itself from', async () => {
    const { executor } = await session();
    const missing = await executor.call({
      callId: 'c1',
      name: 'demo__add',
      arguments: '{"txt":"x","priority":"urgent"}',
    }).result;
    expect(missing.status).toBe('invalid_arguments');
    expect(missing.output).toMatch(/^Invalid arguments for demo\.add: text: .*expected string.*; priority: /);
    expect(missing.output).toContain('Call it again with arguments that match its parameters.');

    const garbled = await executor.call({ callId: 'c2', name: 'demo__add', arguments: '{"text": "x"' })
      .result;
    expect(garbled.status).toBe('invalid_arguments');
    expect(garbled.output).toMatch(
      /^Invalid arguments for demo\.add: not valid JSON \(.+\)\. Call it again with a JSON object\.$/,
    );

    const list = await executor.call({ callId: 'c2b', name: 'demo__add', arguments: '["x"]' }).result;
    expect(list.output).toBe(
      'Invalid arguments for demo.add: expected a JSON object of named arguments, got ["x"].',
    );
  });

  it('answers an unknown tool name without running anything', async () => {
    const { executor } = await session();
    const result = await executor.call({ callId: 'c3', name: 'weather__lookup', arguments: '{}' }).result;
    expect(result).toMatchObject({ status: 'unknown_tool', name: 'weather__lookup' });
    expect(result.output).toBe('There is no tool named weather__lookup; use only the tools you were given.');
  });

  it('turns a thrown error into the call output', async () => {
    const { executor } = await session();
    const result = await executor.call({ callId: 'c4', name: 'demo__fail', arguments: '' }).result;
    expect(result).toMatchObject({ status: 'error', output: 'The call to demo.fail failed: disk full' });
  });
});

describe('limits and cancellation', () => {
  it("stops a tool at its own timeout and tells the model; the tool's signal says why", async () => {
    const { executor } = await session();
    const result = await executor.call({ callId: 'c5', name: 'demo__hang', arguments: '{}' }).result;
    expect(result).toMatchObject({
      status: 'timeout',
      output: 'The call to demo.hang did not finish: it timed out after 50 ms.',
    });
    expect(isFrameworkError(seen.abortReason, 'TOOL_TIMEOUT')).toBe(true);
  });

  it("falls back to the definition's tool_timeout", async () => {
    const { executor } = await session(80);
    const result = await executor.call({ callId: 'c6', name: 'demo__wait', arguments: '{}' }).result;
    expect(result.output).toBe('The call to demo.wait did not finish: it timed out after 80 ms.');
  });

  it('aborts a pending call on barge-in', async () => {
    const { executor, results } = await session();
    const pending = executor.call({ callId: 'c7', name: 'demo__wait', arguments: '{}' });
    expect(executor.pending()).toEqual(['c7']);
    executor.abort('barge-in');
    const result = await pending.result;
    expect(result).toMatchObject({
      status: 'aborted',
      output: 'The call to demo.wait did not finish: it was cancelled because the user interrupted.',
    });
    expect(isFrameworkError(seen.abortReason, 'TOOL_ABORTED')).toBe(true);
    expect(executor.pending()).toEqual([]);
    expect(results.map((r) => r.callId)).toEqual(['c7']);
  });

  it('aborts what is pending when the session ends, and runs nothing after', async () => {
    const { executor } = await session();
    const pending = executor.call({ callId: 'c8', name: 'demo__wait', arguments: '{}' });
    await executor.close();
    expect((await pending.result).output).toContain('cancelled because the session ended');
    const late = await executor.call({ callId: 'c9', name: 'demo__add', arguments: '{"text":"x"}' }).result;
    expect(late).toMatchObject({
      status: 'aborted',
      output: 'The call to demo.add was not run: the session has ended.',
    });
  });
});

describe('async tools', () => {
  it('returns at once marked async, and reports the result when it lands', async () => {
    const { executor, results } = await session();
    const pending = executor.call({ callId: 'c10', name: 'demo__lookup', arguments: '{"city":"Lyon"}' });
    expect(pending).toMatchObject({ callId: 'c10', name: 'demo.lookup', async: true });
    await Promise.resolve();
    expect(results).toEqual([]);
    const landed = new Promise<ToolResult>((resolve) => executor.once('result', resolve));
    releaseSlow('sunny');
    expect(await landed).toMatchObject({ callId: 'c10', status: 'ok', async: true, output: 'sunny in Lyon' });
  });
});
