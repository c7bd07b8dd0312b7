// The `memory` binding (@modelcontextprotocol/server-memory from node_modules, over stdio) as an agent
// session uses it: limited to two tools, its knowledge graph written under the data folder, and kept
// across a crash of the server.
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadRegistry } from '../../src/registry/index.js';
import { ToolExecutor } from '../../src/tools/executor.js';
import { Toolset } from '../../src/tools/toolset.js';
import { isRunning, nextEvent } from '../harness/processes.js';
import { quietLogs } from '../tools/quiet-logs.js';
import { recordingRoom } from '../tools/room-fixture.js';

quietLogs();

let dataDir: string;
let toolset: Toolset;
let executor: ToolExecutor;
let calls = 0;
const call = (name: string, args: object) =>
  executor.call({ callId: `call_${++calls}`, name, arguments: JSON.stringify(args) }).result;

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'roomvoice-memory-'));
  process.env.ROOMVOICE_DATA_DIR = dataDir; // read once, when plugins/memory.ts is loaded
  const registry = await loadRegistry({ packages: [] });
  toolset = new Toolset(
    registry,
    { mcp: [{ server: 'memory', allowed_tools: ['create_entities', 'search_nodes'] }] },
    { mcp: { backoff: { initialMs: 100, maxMs: 1000 } } },
  );
  await toolset.start();
  executor = new ToolExecutor({ tools: toolset, room: recordingRoom('standup'), agent: { name: 'scribe' } });
});
afterAll(async () => {
  await executor.close();
  await toolset.close();
});

describe('the memory server', () => {
  it('offers only the allowed tools', () => {
    expect(toolset.definitions().map((tool) => tool.name)).toEqual([
      'memory__create_entities',
      'memory__search_nodes',
    ]);
  });

  it('remembers an entity in a file under the data folder and finds it again', async () => {
    const created = await call('memory__create_entities', {
      entities: [{ name: 'Alice', entityType: 'person', observations: ['owns the release'] }],
    });
    expect(created.status).toBe('ok');
    expect(created.output).toContain('"name": "Alice"');
    const found = await call('memory__search_nodes', { query: 'release' });
    expect(found.output).toContain('owns the release');
    expect(await readFile(join(dataDir, 'memory', 'memory.jsonl'), 'utf8')).toContain('"name":"Alice"');
  });

  it('comes back after its process is killed, with what it remembered', async () => {
    const server = toolset.server('memory')!;
    const pid = server.pid!;
    const down = nextEvent(server, 'down');
    process.kill(pid, 'SIGKILL');
    await down;
    const gap = await call('memory__search_nodes', { query: 'release' });
    expect(gap.status).toBe('error');
    expect(gap.output).toContain('MCP server "memory" is not available');
    await nextEvent(server, 'up');
    expect(isRunning(pid)).toBe(false);
    expect((await call('memory__search_nodes', { query: 'release' })).output).toContain('owns the release');
  });
});
