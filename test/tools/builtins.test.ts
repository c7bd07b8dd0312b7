// The built-in plugins as a model would use them in a call: notes kept in each room's data folder,
// the time in a zone (a misheard zone is corrected by the model), and the room's people, chat and exit.
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadRegistry } from '../../src/registry/index.js';
import type { Registry } from '../../src/registry/registry.js';
import { safeFileName, scopedDataDir } from '../../src/tools/data-scope.js';
import { ToolExecutor } from '../../src/tools/executor.js';
import { ToolGuards } from '../../src/tools/guards.js';
import { Toolset } from '../../src/tools/toolset.js';
import { quietLogs } from './quiet-logs.js';
import { alice, bob, type RecordingRoom, recordingRoom } from './room-fixture.js';

quietLogs();

let registry: Registry;
let dataDir: string;
beforeAll(async () => {
  registry = await loadRegistry({ packages: [] });
  dataDir = await mkdtemp(join(tmpdir(), 'roomvoice-data-'));
});

let calls = 0;
/** Alice may clear the notes and send the agent away. */
const guards = new ToolGuards([
  {
    tools: ['notes.clear', 'room.leave'],
    allow: { identities: ['alice-*'] },
    confirm: false,
    confirmTimeoutMs: 1,
  },
]);

async function inRoom(room: RecordingRoom) {
  const toolset = new Toolset(registry, { tools: ['notes.*', 'clock.now', 'room.*'] });
  const executor = new ToolExecutor({
    tools: toolset,
    room,
    agent: { name: 'scribe' },
    dataDir: scopedDataDir(dataDir, 'room', { room: room.name, agent: 'scribe' }),
    guards,
  });
  return async (name: string, args: object) => {
    calls += 1;
    return executor.call({
      callId: `call_${calls}`,
      name,
      arguments: JSON.stringify(args),
      participant: alice,
    }).result;
  };
}

describe('notes', () => {
  it('adds, reads back and clears the notes of one room, kept apart from another room', async () => {
    const standup = await inRoom(recordingRoom('standup'));
    const retro = await inRoom(recordingRoom('retro'));
    expect((await standup('notes__read', {})).output).toBe('There are no notes yet.');
    expect(await standup('notes__add', { text: 'Ship on Friday' })).toMatchObject({
      status: 'ok',
      output: 'Noted.',
    });
    await standup('notes__add', { text: 'Bob owns the\nrelease notes' });
    await retro('notes__add', { text: 'More coffee' });

    const notes = (await standup('notes__read', {})).output;
    expect(notes).toMatch(
      /^- \d\d:\d\d UTC \(Alice\): Ship on Friday\n- \d\d:\d\d UTC \(Alice\): Bob owns the release notes\n$/,
    );
    expect(await readFile(join(dataDir, 'rooms', 'standup', 'notes.md'), 'utf8')).toBe(notes);

    expect((await standup('notes__clear', {})).output).toBe('The notes are cleared.');
    expect((await standup('notes__read', {})).output).toBe('There are no notes yet.');
    expect((await retro('notes__read', {})).output).toContain('More coffee');
  });

  it('keeps room names that are not safe file names inside the data folder, without collisions', async () => {
    expect(safeFileName('standup')).toBe('standup');
    const traversal = safeFileName('../../etc/passwd');
    expect(traversal).toMatch(/^______etc_passwd-[0-9a-f]{8}$/);
    expect(safeFileName('a/b')).not.toBe(safeFileName('a_b'));
    expect(safeFileName('')).toMatch(/^-[0-9a-f]{8}$/);

    const odd = await inRoom(recordingRoom('../../etc/passwd'));
    await odd('notes__add', { text: 'stays inside' });
    expect(await readFile(join(dataDir, 'rooms', traversal, 'notes.md'), 'utf8')).toContain('stays inside');
  });

  it('refuses an empty note with a message the model can read', async () => {
    const standup = await inRoom(recordingRoom('standup'));
    const result = await standup('notes__add', { text: '' });
    expect(result.status).toBe('invalid_arguments');
    expect(result.output).toMatch(/^Invalid arguments for notes\.add: text: /);
  });
});

describe('clock', () => {
  it('tells the time in a named zone, and UTC by default', async () => {
    const clock = await inRoom(recordingRoom('standup'));
    expect((await clock('clock__now', { time_zone: 'Asia/Tokyo' })).output).toMatch(
      / GMT\+9 \(Asia\/Tokyo\)$/,
    );
    expect((await clock('clock__now', {})).output).toMatch(/\d{4} at .* \(UTC\)$/);
  });

  it('refuses a zone that does not exist', async () => {
    const clock = await inRoom(recordingRoom('standup'));
    const result = await clock('clock__now', { time_zone: 'Mars/Olympus' });
    expect(result.status).toBe('invalid_arguments');
    expect(result.output).toContain('time_zone: expected an IANA time zone such as "Europe/Paris"');
  });
});

describe('room', () => {
  it('lists who is in the call, posts to the chat and leaves when asked', async () => {
    const room = recordingRoom('standup', [alice, bob]);
    const call = await inRoom(room);
    expect((await call('room__participants', {})).output).toBe(
      'Alice (human, id alice-1)\nBob (sip, id bob-2)',
    );
    expect((await call('room__send_chat', { text: 'https://example.test/agenda' })).output).toBe(
      'Posted in the chat.',
    );
    expect(room.chat).toEqual(['https://example.test/agenda']);
    expect(room.left).toBe(false);
    expect((await call('room__leave', {})).output).toBe('Left the call.');
    expect(room.left).toBe(true);
  });
});
