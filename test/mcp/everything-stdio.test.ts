// The MCP reference server (@modelcontextprotocol/server-everything from npm) bound over stdio, as the
// `everything` plugin declares it: its tools reach the model namespaced, allowed_tools limits them, a
// list-changed notification updates the session's tools, a crash is survived, shutdown leaves no process.
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadRegistry } from '../../src/registry/index.js';
import type { Registry } from '../../src/registry/registry.js';
import { ToolExecutor } from '../../src/tools/executor.js';
import { McpConnection } from '../../src/tools/mcp/connection.js';
import { Toolset } from '../../src/tools/toolset.js';
import { childrenRunning, isRunning, nextEvent } from '../harness/processes.js';
import { quietLogs } from '../tools/quiet-logs.js';
import { recordingRoom } from '../tools/room-fixture.js';

quietLogs();

let registry: Registry;
const open: { close(): Promise<void> }[] = [];
beforeAll(async () => {
  registry = await loadRegistry({ packages: [] });
});
afterEach(async () => {
  await Promise.all(open.splice(0).map((item) => item.close()));
});

async function everything(allowed?: string[]) {
  const toolset = new Toolset(
    registry,
    { mcp: [{ server: 'everything', ...(allowed ? { allowed_tools: allowed } : {}) }] },
    { mcp: { backoff: { initialMs: 100, maxMs: 1000 } } },
  );
  open.push(toolset);
  await toolset.start();
  const executor = new ToolExecutor({
    tools: toolset,
    room: recordingRoom('lab'),
    agent: { name: 'tester' },
  });
  let n = 0;
  const call = (name: string, args: object) =>
    executor.call({ callId: `call_${++n}`, name, arguments: JSON.stringify(args) });
  return { toolset, executor, call, server: toolset.server('everything')! };
}

describe('server-everything over stdio', () => {
  it('offers its tools as realtime functions and runs a call through the executor', async () => {
    const { toolset, call } = await everything();
    const sum = toolset.definitions().find((tool) => tool.name === 'everything__get-sum');
    expect(sum).toMatchObject({
      type: 'function',
      description: 'Returns the sum of two numbers',
      parameters: { type: 'object', required: ['a', 'b'] },
    });
    expect(toolset.definitions().length).toBeGreaterThanOrEqual(10);
    const result = await call('everything__get-sum', { a: 2, b: 3 }).result;
    expect(result).toMatchObject({ name: 'everything.get-sum', status: 'ok' });
    expect(result.output).toBe('The sum of 2 and 3 is 5.');
    expect((await call('everything__echo', { message: 'hi' }).result).output).toBe('Echo: hi');
  });

  it('exposes only allowed_tools', async () => {
    const { toolset, call } = await everything(['echo', 'get-sum']);
    expect(toolset.definitions().map((tool) => tool.name)).toEqual([
      'everything__echo',
      'everything__get-sum',
    ]);
    expect((await call('everything__get-env', {}).result).status).toBe('unknown_tool');
  });

  it("returns the server's own tool errors to the model as the call output", async () => {
    const { call } = await everything();
    const result = await call('everything__get-sum', { a: 'two', b: 3 }).result;
    expect(result.status).toBe('error');
    expect(result.output).toMatch(/Input validation error/);
  });

  it('aborts a running server tool on barge-in', async () => {
    const { executor, call } = await everything();
    const pending = call('everything__trigger-long-running-operation', { duration: 30, steps: 30 });
    await new Promise((resolve) => setTimeout(resolve, 200));
    executor.abort('barge-in');
    expect(await pending.result).toMatchObject({ status: 'aborted' });
  });

  it('follows notifications/tools/list_changed and tells the session its new tools', async () => {
    // The server registers its task tool once the client is initialized, and announces it.
    const connection = new McpConnection(registry.server('everything')!.binding);
    open.push(connection);
    const announced = nextEvent<[{ name: string }[]]>(connection, 'tools');
    await connection.start();
    const [tools] = await announced;
    expect(tools.map((tool) => tool.name)).toContain('everything.simulate-research-query');
    expect(connection.tools().map((tool) => tool.name)).toContain('everything.simulate-research-query');
  });

  it('relays a list change to the session as new realtime definitions', async () => {
    const toolset = new Toolset(registry, { mcp: [{ server: 'everything' }] });
    open.push(toolset);
    const changed = nextEvent<[{ name: string }[]]>(toolset, 'changed');
    await toolset.start();
    const [definitions] = await changed;
    expect(definitions.map((tool) => tool.name)).toContain('everything__simulate-research-query');
  });

  it('restarts a killed server with backoff; calls in the gap get a clear error', async () => {
    const { call, server } = await everything(['get-sum']);
    const firstPid = server.pid!;
    expect(isRunning(firstPid)).toBe(true);

    const down = nextEvent(server, 'down');
    process.kill(firstPid, 'SIGKILL');
    await down;
    expect(server.state).toBe('restarting');
    const gap = await call('everything__get-sum', { a: 1, b: 1 }).result;
    expect(gap.status).toBe('error');
    expect(gap.output).toBe(
      'The call to everything.get-sum failed: MCP server "everything" is not available: its connection closed ' +
        '(the server exited or crashed); it is being restarted, try again in a moment',
    );

    await nextEvent(server, 'up');
    expect(server.state).toBe('ready');
    expect(server.pid).not.toBe(firstPid);
    expect((await call('everything__get-sum', { a: 1, b: 1 }).result).output).toBe(
      'The sum of 1 and 1 is 2.',
    );
  });

  it('ends the server process when the session closes, leaving no orphan', async () => {
    const { toolset, server } = await everything();
    const pid = server.pid!;
    expect(childrenRunning('server-everything')).toContain(pid);
    await toolset.close();
    expect(isRunning(pid)).toBe(false);
    expect(childrenRunning('server-everything')).toEqual([]);
    expect(server.state).toBe('closed');
  });
});
