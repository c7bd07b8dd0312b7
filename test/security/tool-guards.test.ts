// Tool guards at the executor, the way the relay calls it: the caller is the person whose turn the
// answer is for. A restricted tool with no guard is refused for everyone; a guard lets only matching
// participants (identity patterns, current attributes) have it run; a confirming guard asks the caller
// first, and anything but a yes is a refusal the model can read. Nothing refused ever runs.
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadRegistry } from '../../src/registry/index.js';
import type { Registry } from '../../src/registry/registry.js';
import type { ParticipantInfo } from '../../src/tools/context.js';
import { ToolExecutor } from '../../src/tools/executor.js';
import { type ToolGuardRule, ToolGuards } from '../../src/tools/guards.js';
import { Toolset } from '../../src/tools/toolset.js';
import { quietLogs } from '../tools/quiet-logs.js';
import { type RecordingRoom, recordingRoom } from '../tools/room-fixture.js';

quietLogs();

const host: ParticipantInfo = {
  identity: 'host-ann',
  name: 'Ann',
  kind: 'human',
  attributes: { role: 'host' },
};
const guest: ParticipantInfo = { identity: 'guest-bob', name: 'Bob', kind: 'human', attributes: {} };

let registry: Registry;
beforeAll(async () => {
  registry = await loadRegistry({ packages: [] });
});

let counter = 0;
async function agent(rules: ToolGuardRule[], room: RecordingRoom = recordingRoom('standup', [host, guest])) {
  const dataDir = await mkdtemp(join(tmpdir(), 'guards-'));
  await writeFile(join(dataDir, 'notes.md'), '- 09:00 UTC (Ann): keep this\n');
  const executor = new ToolExecutor({
    tools: new Toolset(registry, { tools: ['notes.*', 'room.*'] }),
    room,
    agent: { name: 'scribe' },
    dataDir,
    guards: new ToolGuards(rules),
  });
  const call = (name: string, participant: ParticipantInfo | undefined) => {
    counter += 1;
    return executor.call({ callId: `call_${counter}`, name, arguments: '{}', participant }).result;
  };
  const notes = () => readFile(join(dataDir, 'notes.md'), 'utf8').catch(() => '(gone)');
  return { call, notes, room };
}

const clearForHosts: ToolGuardRule = {
  tools: ['notes.clear', 'room.leave'],
  allow: { attributes: { role: ['host'] } },
  confirm: false,
  confirmTimeoutMs: 1_000,
};

describe('restricted tools', () => {
  it('are refused for everyone when the definition has no guard for them', async () => {
    const { call, notes, room } = await agent([]);
    for (const [tool, who] of [
      ['notes__clear', host],
      ['room__leave', guest],
    ] as const) {
      const result = await call(tool, who);
      expect(result.status).toBe('refused');
      expect(result.output).toMatch(/is restricted and this agent's definition allows it to nobody/);
      expect(result.output).toMatch(/Do not try again; tell the person you cannot do that for them\.$/);
    }
    expect(await notes()).toContain('keep this');
    expect(room.left).toBe(false);
  });

  it('others run as before', async () => {
    const { call } = await agent([]);
    expect((await call('notes__read', guest)).output).toContain('keep this');
  });
});

describe('a guard', () => {
  it('lets an allowed participant have the tool run, and refuses anyone else', async () => {
    const { call, notes } = await agent([clearForHosts]);
    const refused = await call('notes__clear', guest);
    expect(refused).toMatchObject({ status: 'refused', name: 'notes.clear' });
    expect(refused.output).toContain('Bob (id guest-bob) is not allowed to use notes.clear');
    expect(await notes()).toContain('keep this');

    expect(await call('notes__clear', host)).toMatchObject({
      status: 'ok',
      output: 'The notes are cleared.',
    });
    expect(await notes()).toBe('(gone)');
  });

  it('refuses when nobody asked (an idle prompt or the greeting)', async () => {
    const { call } = await agent([clearForHosts]);
    expect((await call('notes__clear', undefined)).output).toMatch(/not known who asked for it/);
  });

  it('reads the attributes the caller has now', async () => {
    const promoted: ParticipantInfo = { ...guest, attributes: { role: 'host' } };
    const room = recordingRoom('standup', [promoted]);
    const { call } = await agent([clearForHosts], room);
    // The turn began before Bob was made host: the room's current view decides.
    expect((await call('notes__clear', guest)).status).toBe('ok');
  });

  it('matches identity patterns, and needs every rule it lists', async () => {
    const rule: ToolGuardRule = {
      tools: ['notes.*'],
      allow: { identities: ['host-*'], attributes: { role: ['host', 'co-host'] } },
      confirm: false,
      confirmTimeoutMs: 1_000,
    };
    const carl: ParticipantInfo = { identity: 'host-carl', name: 'Carl', kind: 'human', attributes: {} };
    const dan: ParticipantInfo = {
      identity: 'dan',
      name: 'Dan',
      kind: 'human',
      attributes: { role: 'co-host' },
    };
    const { call } = await agent([rule], recordingRoom('standup', [host, carl, dan]));
    expect((await call('notes__read', host)).status).toBe('ok');
    expect((await call('notes__read', carl)).status).toBe('refused');
    expect((await call('notes__read', dan)).status).toBe('refused');
  });

  it('is the first one that names the tool', async () => {
    const anyone: ToolGuardRule = {
      tools: ['*'],
      allow: { identities: ['*'] },
      confirm: false,
      confirmTimeoutMs: 1,
    };
    const { call } = await agent([clearForHosts, anyone]);
    expect((await call('notes__clear', guest)).status).toBe('refused');
    expect((await call('room__leave', guest)).status).toBe('refused');
    expect((await call('room__send_chat', guest)).status).toBe('invalid_arguments'); // allowed, bad args
  });
});

describe('a confirming guard', () => {
  const confirmed: ToolGuardRule = { ...clearForHosts, confirm: true, confirmTimeoutMs: 2_000 };

  it('asks the caller, and runs only on a yes', async () => {
    const { call, notes, room } = await agent([confirmed]);
    room.answer = async () => false;
    const declined = await call('notes__clear', host);
    expect(declined).toMatchObject({ status: 'refused' });
    expect(declined.output).toContain('Ann did not confirm it');
    expect(await notes()).toContain('keep this');

    room.answer = async () => true;
    expect((await call('notes__clear', host)).status).toBe('ok');
    expect(room.asked).toEqual([
      { identity: 'host-ann', request: { tool: 'notes.clear', arguments: '{}', callId: expect.any(String) } },
      { identity: 'host-ann', request: { tool: 'notes.clear', arguments: '{}', callId: expect.any(String) } },
    ]);
    expect(await notes()).toBe('(gone)');
  });

  it('refuses when the caller cannot be asked, saying why', async () => {
    const { call, notes, room } = await agent([confirmed]);
    room.answer = async () => {
      throw new Error('agent.confirm_tool failed: Method not supported at destination');
    };
    const result = await call('notes__clear', host);
    expect(result.status).toBe('refused');
    expect(result.output).toContain(
      'Ann could not confirm it (agent.confirm_tool failed: Method not supported',
    );
    expect(await notes()).toContain('keep this');
  });

  it('never asks someone who is not allowed', async () => {
    const { call, room } = await agent([confirmed]);
    expect((await call('notes__clear', guest)).status).toBe('refused');
    expect(room.asked).toEqual([]);
  });
});
