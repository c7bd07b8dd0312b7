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
import { recordingRoom } from '../tools/room-fixture.js';
import { freePort } from './processes.js';

// Literal `${env:NAME}` references, as a plugin file would write them.
// biome-ignore lint/suspicious/noTemplateCurlyInString: an environment reference, not a template
const URL_REF = '${env:EVERYTHING_URL}';
// biome-ignore lint/suspicious/noTemplateCurlyInString: an environment reference, not a template
const TOKEN_REF = '${env:EVERYTHING_TOKEN}';

let server: ChildProcess;
let url: string;
const open: { close(): Promise<void> }[] = [];

beforeAll(async () => {
  const port = await freePort();
  server = spawn(
    process.execPath,
    [packageBin('@modelcontextprotocol/server-everything', import.meta.url), 'streamableHttp'],
    {
      env: { ...process.env, PORT: String(port) },
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  await new Promise<void>((resolve, reject) => {
    server.once('exit', (code) => reject(new Error(`server-everything exited early (${code})`)));
    server.stderr!.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes(`listening on port ${port}`)) resolve();
    });
  });
  url = `http://127.0.0.1:${port}/mcp`;
});
afterEach(async () => {
  await Promise.all(open.splice(0).map((item) => item.close()));
});
afterAll(async () => {
  if (server.exitCode === null) {
    server.kill('SIGTERM');
    await once(server, 'exit');
  }
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
});
