// Scenario: a scribe agent (local engine, scripted) is dispatched into a room by definition name. Alice
// asks it to take a note; the model calls notes.add, the tool writes the room's notes file, the result
// goes back to the model, and Alice hears the spoken confirmation.
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dispose } from '@livekit/rtc-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VoiceParticipant } from '../../src/room/voice-participant.js';
import { speechWav } from '../fixtures/speech.js';
import { startTestLiveKit, type TestLiveKit } from '../harness/livekit.js';
import { type CliRun, runCli } from '../harness/worker.js';

const AGENT_NAME = 'tools-test';

describe('an agent with tools in a real room', { timeout: 120_000 }, () => {
  let livekit: TestLiveKit;
  let worker: CliRun;
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
    livekit = await startTestLiveKit();
    worker = runCli('start', {
      LIVEKIT_URL: livekit.url,
      LIVEKIT_API_KEY: livekit.apiKey,
      LIVEKIT_API_SECRET: livekit.apiSecret,
      AGENT_NAME,
      AGENTS_DIR: dir,
      ROOMVOICE_DATA_DIR: dataDir,
    });
    await worker.waitFor(/worker registered/);
  });

  afterAll(async () => {
    await worker?.stop();
    await livekit?.close();
    await dispose();
  });

  it('runs notes.add for the speaker and speaks the answer', async () => {
    const room = 'planning';
    await livekit.rooms.createRoom({ name: room });
    await livekit.dispatches.createDispatch(room, AGENT_NAME, {
      metadata: JSON.stringify({ agent: 'scribe' }),
    });

    const alice = new VoiceParticipant();
    await alice.join(livekit.url, await livekit.token(room, 'alice'));
    await alice
      .waitForParticipant((p) => p.identity.startsWith('agent-'))
      .catch((error: unknown) =>
        Promise.reject(new Error(`${error}; the worker logged:\n${worker.lines.join('\n')}`)),
      );
    const spokeUntil = await alice.speak(speechWav('notes', '48k'));

    await expect
      .poll(() => readFile(join(dataDir, 'notes', `${room}.md`), 'utf8').catch(() => ''), {
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
