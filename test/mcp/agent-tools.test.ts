// An example agent from agents/ opens its tools as a session would: the meeting assistant's definition
// picks plugin tools by pattern and four tools of the memory server, and its tool_timeout becomes the
// executor's default.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadDefinition } from '../../src/definition/index.js';
import { loadRegistry } from '../../src/registry/index.js';
import { ToolExecutor } from '../../src/tools/executor.js';
import { Toolset } from '../../src/tools/toolset.js';
import { quietLogs } from '../tools/quiet-logs.js';
import { recordingRoom } from '../tools/room-fixture.js';

quietLogs();

let toolset: Toolset | undefined;
afterAll(async () => {
  await toolset?.close();
});

describe('the meeting assistant definition', () => {
  it('opens room, notes and clock tools and the allowed memory tools', async () => {
    process.env.ROOMVOICE_DATA_DIR = await mkdtemp(join(tmpdir(), 'roomvoice-agent-'));
    const { definition } = await loadDefinition('agents/meeting-assistant.yaml');
    toolset = new Toolset(await loadRegistry({ packages: [] }), {
      tools: definition.tools,
      mcp: definition.mcp,
    });
    await toolset.start();
    expect(toolset.definitions().map((tool) => tool.name)).toEqual([
      'room__leave',
      'room__participants',
      'room__send_chat',
      'notes__add',
      'notes__clear',
      'notes__read',
      'clock__now',
      'memory__create_entities',
      'memory__add_observations',
      'memory__search_nodes',
      'memory__open_nodes',
    ]);

    const executor = new ToolExecutor({
      tools: toolset,
      room: recordingRoom('weekly'),
      agent: { name: definition.name },
      defaultTimeoutMs: definition.limits.tool_timeout,
    });
    const found = await executor.call({
      callId: 'call_1',
      name: 'memory__search_nodes',
      arguments: '{"query":"x"}',
    }).result;
    expect(found).toMatchObject({ status: 'ok', name: 'memory.search_nodes' });
    await executor.close();
  });
});
