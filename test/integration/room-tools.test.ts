// Scenario: a scribe agent (local engine, scripted) is dispatched into a room by definition name. Alice
// asks it to take a note; the model calls notes.add, the tool writes the room's notes file, the result
// goes back to the model, and Alice hears the spoken confirmation.
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { speechWav } from '../fixtures/speech.js';
import { type AgentRoom, startAgentRoom } from '../harness/agent-room.js';

describe('an agent with tools in a real room', { timeout: 120_000 }, () => {
  let stack: AgentRoom;
  let dataDir: string;

  beforeAll(async () => {
    const dir = await mkdtemp(join(tmpdir(), 'room-tools-'));
    dataDir = join(dir, 'data');
    await writeFile(
      join(dir, 'script.yaml'),
      [
        'turns:',
        '  - call: notes__add',
        '    arguments: { text: "Budget review moves to Friday" }',
        '  - say: Noted. The budget review moves to Friday, I wrote it down.',
      ].join('\n'),
    );
    await writeFile(
      join(dir, 'scribe.yaml'),
      [
        'name: scribe',
        'model: { provider: local, behaviour: script, script: ' +
          JSON.stringify(join(dir, 'script.yaml')) +
          ' }',
        'instructions: You take notes for {{room.name}}.',
        'turn_detection: { type: server_vad, silence_duration_ms: 500 }',
        'tools: [notes.add]',
      ].join('\n'),
    );
    stack = await startAgentRoom('tools-test', { AGENTS_DIR: dir, ROOMVOICE_DATA_DIR: dataDir });
  });

  afterAll(() => stack?.close());

  it('runs notes.add for the speaker and speaks the answer', async () => {
    const room = 'planning';
    const alice = await stack.join(room, 'alice', JSON.stringify({ agent: 'scribe' }));
    const spokeUntil = await alice.speak(speechWav('notes', '48k'));

    await expect
      .poll(() => readFile(join(dataDir, 'rooms', room, 'notes.md'), 'utf8').catch(() => ''), {
        timeout: 30_000,
        interval: 250,
      })
      .toContain('Budget review moves to Friday');
    await expect
      .poll(() => alice.loudMsAfter(spokeUntil), { timeout: 30_000, interval: 250 })
      .toBeGreaterThan(1000);
    await alice.leave();
  });
});
