// The MCP reference server run in its Streamable HTTP mode on a loopback port (a child process, as a
// remote MCP service would be), bound by URL with a header whose secret comes from the environment.
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { isFrameworkError } from '../../src/errors.js';
import { definePlugin, packageBin } from '../../src/registry/plugin.js';
import { Registry } from '../../src/registry/registry.js';
import { ToolExecutor } from '../../src/tools/executor.js';
import { McpConnection } from '../../src/tools/mcp/connection.js';
import { Toolset } from '../../src/tools/toolset.js';
import { freePort, nextEvent } from '../harness/processes.js';
import { quietLogs } from '../tools/quiet-logs.js';
import { recordingRoom } from '../tools/room-fixture.js';

quietLogs();

// Literal `${env:NAME}` references, as a plugin file would write them.
// biome-ignore lint/suspicious/noTemplateCurlyInString: an environment reference, not a template
const URL_REF = '${env:EVERYTHING_URL}';
// biome-ignore lint/suspicious/noTemplateCurlyInString: an environment reference, not a template
const TOKEN_REF = '${env:EVERYTHING_TOKEN}';

let server: ChildProcess;
let url: string;
const open: { close(): Promise<void> }[] = [];

/** server-everything in its streamableHttp mode on `port`, once it listens. */
async function startServer(port: number): Promise<ChildProcess> {
  const bin = packageBin('@modelcontextprotocol/server-everything', import.meta.url);
  const child = spawn(process.execPath, [bin, 'streamableHttp'], {
    env: { ...process.env, PORT: String(port) },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  await new Promise<void>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`server-everything exited early (${code})`)));
    child.stderr!.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes(`listening on port ${port}`)) resolve();
    });
  });
  return child;
}

async function stopServer(child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill(signal);
  await once(child, 'exit');
}

let port: number;
beforeAll(async () => {
  port = await freePort();
  server = await startServer(port);
  url = `http://127.0.0.1:${port}/mcp`;
});
afterEach(async () => {
  await Promise.all(open.splice(0).map((item) => item.close()));
});
afterAll(async () => {
  await stopServer(server);
});

function registryFor(headers: Record<string, string>): Registry {
  const plugin = definePlugin({
    name: 'remote',
    mcp: [{ name: 'everything', url: URL_REF, headers }],
  });
  return new Registry([{ plugin, source: 'test/remote.ts' }]);
}

describe('server-everything over Streamable HTTP', () => {
  it('lists, filters and calls its tools over HTTP', async () => {
    process.env.EVERYTHING_URL = url;
    process.env.EVERYTHING_TOKEN = 'not-a-real-secret';
    const toolset = new Toolset(registryFor({ Authorization: `Bearer ${TOKEN_REF}` }), {
      mcp: [{ server: 'everything', allowed_tools: ['get-sum', 'echo'] }],
    });
    open.push(toolset);
    await toolset.start();
    expect(toolset.definitions().map((tool) => tool.name)).toEqual([
      'everything__echo',
      'everything__get-sum',
    ]);
    const executor = new ToolExecutor({
      tools: toolset,
      room: recordingRoom('lab'),
      agent: { name: 'tester' },
    });
    const result = await executor.call({
      callId: 'call_1',
      name: 'everything__get-sum',
      arguments: '{"a":40,"b":2}',
    }).result;
    expect(result).toMatchObject({ status: 'ok', output: 'The sum of 40 and 2 is 42.' });
  });

  it('names the binding and the variable when a referenced secret is unset', async () => {
    process.env.EVERYTHING_URL = url;
    delete process.env.EVERYTHING_TOKEN;
    const connection = new McpConnection(
      registryFor({ Authorization: `Bearer ${TOKEN_REF}` }).server('everything')!.binding,
      { backoff: { initialMs: 60_000, maxMs: 60_000 } },
    );
    open.push(connection);
    const error = await connection.start().then(
      () => undefined,
      (caught: unknown) => caught,
    );
    expect(isFrameworkError(error, 'MCP_UNAVAILABLE')).toBe(true);
    expect((error as Error).message).toBe(
      'MCP server "everything" could not start: MCP server "everything" headers.Authorization refers to ' +
        `${TOKEN_REF}, but the environment variable EVERYTHING_TOKEN is not set; set it before starting the agent`,
    );
  });

  it('reconnects when the server comes back; calls while it is gone get a clear error', async () => {
    process.env.EVERYTHING_URL = url;
    const toolset = new Toolset(
      registryFor({}),
      { mcp: [{ server: 'everything', allowed_tools: ['get-sum'] }] },
      { mcp: { backoff: { initialMs: 100, maxMs: 500 } } },
    );
    open.push(toolset);
    await toolset.start();
    const connection = toolset.server('everything')!;
    const executor = new ToolExecutor({
      tools: toolset,
      room: recordingRoom('lab'),
      agent: { name: 'tester' },
    });
    const sum = (callId: string) =>
      executor.call({ callId, name: 'everything__get-sum', arguments: '{"a":1,"b":2}' }).result;
    expect((await sum('before')).output).toBe('The sum of 1 and 2 is 3.');

    await stopServer(server, 'SIGKILL');
    const gone = await sum('gone');
    expect(gone.status).toBe('error');
    expect(gone.output).toBe(
      'The call to everything.get-sum failed: MCP server "everything" is not available: it cannot be reached ' +
        '(fetch failed); it is being restarted, try again in a moment',
    );
    expect(connection.state).toBe('restarting');

    const up = nextEvent(connection, 'up');
    server = await startServer(port);
    await up;
    expect((await sum('after')).output).toBe('The sum of 1 and 2 is 3.');
  });
});
