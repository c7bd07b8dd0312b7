// A server's tool list changes mid-session: after `unlock` the session gains `changing__vault` (the
// toolset emits new realtime definitions and the model can call it); after `lock` it is gone again.
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { definePlugin } from '../../src/registry/plugin.js';
import { Registry } from '../../src/registry/registry.js';
import { ToolExecutor } from '../../src/tools/executor.js';
import { Toolset } from '../../src/tools/toolset.js';
import { nextEvent } from '../harness/processes.js';
import { quietLogs } from '../tools/quiet-logs.js';
import { recordingRoom } from '../tools/room-fixture.js';

quietLogs();

const script = fileURLToPath(new URL('./fixtures/changing-server.ts', import.meta.url));
const plugin = definePlugin({
  name: 'fixtures',
  mcp: [{ name: 'changing', command: process.execPath, args: ['--import', 'tsx', script] }],
});

let toolset: Toolset | undefined;
afterEach(async () => {
  await toolset?.close();
});

describe('a server whose tools change during the session', () => {
  it('adds and removes tools as the server announces, and the session hears each change', async () => {
    toolset = new Toolset(new Registry([{ plugin, source: 'test/fixtures.ts' }]), {
      mcp: [{ server: 'changing' }],
    });
    await toolset.start();
    const executor = new ToolExecutor({
      tools: toolset,
      room: recordingRoom('lab'),
      agent: { name: 'tester' },
    });
    let n = 0;
    const call = (name: string, args: object) =>
      executor.call({ callId: `call_${++n}`, name, arguments: JSON.stringify(args) }).result;
    const names = () => toolset!.definitions().map((tool) => tool.name);
    expect(names()).toEqual(['changing__unlock', 'changing__lock']);

    const grown = nextEvent<[{ name: string }[]]>(toolset, 'changed');
    expect((await call('changing__unlock', {})).output).toBe('unlocked');
    const [afterUnlock] = await grown;
    expect(afterUnlock.map((tool) => tool.name)).toEqual([
      'changing__unlock',
      'changing__lock',
      'changing__vault',
    ]);
    expect((await call('changing__vault', { key: 'door' })).output).toBe('vault[door] = 42');

    const shrunk = nextEvent<[{ name: string }[]]>(toolset, 'changed');
    await call('changing__lock', {});
    const [afterLock] = await shrunk;
    expect(afterLock.map((tool) => tool.name)).toEqual(['changing__unlock', 'changing__lock']);
    expect((await call('changing__vault', { key: 'door' })).status).toBe('unknown_tool');
  });
});
