// Scenario: a meeting agent hears Alice (the host: her token gives her the attribute role=host) and Bob
// (a guest) in one room. Its definition lets only hosts clear the notes, and only after they confirm in
// their client; leaving the call it allows to nobody (room.leave is restricted by default). The model
// does whatever it is asked:
//  - Bob asks to clear the notes: refused, the model is told why, the notes stay, nobody is asked.
//  - Bob asks the agent to leave: refused, the agent stays.
//  - Alice asks, then declines in her client: refused, the notes stay.
//  - Alice asks and confirms: the notes are cleared.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningEngine, startEngine } from '../../src/engine/index.js';
import type { AgentEvents } from '../../src/relay/agent-events.js';
import { CONFIRM_TOOL_METHOD } from '../../src/relay/tool-room.js';
import type { VoiceParticipant } from '../../src/room/voice-participant.js';
import { tempFolder } from '../definition/cli-run.js';
import { speechWav } from '../fixtures/speech.js';
import { until } from '../harness/agent-view.js';
import { definition, type RoomAgentStack, startRoomAgentStack } from '../harness/room-agent.js';
import { type PlannedCall, recordingEcho } from '../reliability/fixtures.js';
import { quietLogs } from '../tools/quiet-logs.js';

quietLogs();

async function turn(person: VoiceParticipant): Promise<void> {
  const spokeUntil = await person.speak(speechWav('question'));
  await person.untilAgentDone({ sinceMs: spokeUntil, quietMs: 2_000, giveUpMs: 40_000, timeoutMs: 90_000 });
}

describe('guarded tools in a room', { timeout: 300_000 }, () => {
  let stack: RoomAgentStack;
  let engine: RunningEngine;

  beforeAll(async () => {
    stack = await startRoomAgentStack();
  });
  afterAll(async () => {
    await engine?.close();
    await stack?.close();
  });

  it('a guest cannot get a guarded tool run by asking the model; the host can, once she confirms', async () => {
    const CLEAR: PlannedCall = { name: 'notes__clear' };
    const LEAVE: PlannedCall = { name: 'room__leave' };
    const plan = [CLEAR, LEAVE, CLEAR, CLEAR];
    let asked = 0;
    const behaviour = recordingEcho(() => plan[asked++]);
    engine = await startEngine({ behaviour });
    const dataDir = await tempFolder({});
    const notes = join(dataDir, 'rooms', 'standup', 'notes.md');
    await mkdir(join(dataDir, 'rooms', 'standup'), { recursive: true });
    await writeFile(notes, '- 09:00 UTC (Alice): ship on Friday\n');

    const loaded = definition(
      [
        'name: meeting',
        'model: { provider: local }',
        'participants: { mode: shared }',
        'tools: [notes.*, room.*]',
        'tool_guards:',
        '  - tools: [notes.clear]',
        '    allow: { attributes: { role: host } }',
        '    confirm: true',
        '    confirm_timeout: 10s',
      ].join('\n'),
    );
    const alice = await stack.join('standup', 'alice', 'alice', {}, { attributes: { role: 'host' } });
    const bob = await stack.join('standup', 'bob');
    const confirmations: { payload: unknown; answer: boolean }[] = [];
    let aliceAnswers = false;
    alice.room.localParticipant!.registerRpcMethod(CONFIRM_TOOL_METHOD, async ({ payload }) => {
      confirmations.push({ payload: JSON.parse(payload), answer: aliceAnswers });
      return JSON.stringify({ confirmed: aliceAnswers });
    });
    const inRoom = await stack.start('standup', loaded, engine, { dataDir });
    await until(() => inRoom.agent.state === 'listening', 'the session to open');
    const results = () =>
      inRoom.events
        .filter((event) => event.name === 'tool_call')
        .map((event) => event.payload as AgentEvents['tool_call'])
        .filter((call) => call.status !== 'started');

    await turn(bob);
    await until(() => results().length >= 1, 'the first call', 60_000);
    expect(results()[0]).toMatchObject({
      name: 'notes.clear',
      status: 'refused',
      caller: { identity: 'bob' },
    });
    expect(behaviour.record.toolOutputs[0]).toBe(
      'The call to notes.clear was refused: bob is not allowed to use notes.clear. Do not try again; tell the person you cannot do that for them.',
    );
    expect(await readFile(notes, 'utf8')).toContain('ship on Friday');
    expect(confirmations).toEqual([]);

    await turn(bob);
    await until(() => results().length >= 2, 'the second call', 60_000);
    expect(results()[1]).toMatchObject({
      name: 'room.leave',
      status: 'refused',
      caller: { identity: 'bob' },
    });
    expect(behaviour.record.toolOutputs[1]).toMatch(
      /room\.leave is restricted and this agent's definition allows it to nobody/,
    );

    await turn(alice);
    await until(() => results().length >= 3, 'the third call', 60_000);
    expect(results()[2]).toMatchObject({
      name: 'notes.clear',
      status: 'refused',
      caller: { identity: 'alice' },
    });
    expect(behaviour.record.toolOutputs[2]).toMatch(/alice did not confirm it/);
    expect(await readFile(notes, 'utf8')).toContain('ship on Friday');

    aliceAnswers = true;
    await turn(alice);
    await until(() => results().length >= 4, 'the fourth call', 60_000);
    expect(results()[3]).toMatchObject({ name: 'notes.clear', status: 'ok', caller: { identity: 'alice' } });
    await expect(readFile(notes, 'utf8')).rejects.toThrow(/ENOENT/);
    expect(confirmations).toEqual([
      { payload: { tool: 'notes.clear', arguments: '{}', call_id: expect.any(String) }, answer: false },
      { payload: { tool: 'notes.clear', arguments: '{}', call_id: expect.any(String) }, answer: true },
    ]);

    // The agent never left: room.leave was refused.
    const stillThere = await Promise.race([inRoom.agent.ended.then(() => false), Promise.resolve(true)]);
    console.info(
      `guards: ${results()
        .map((call) => `${call.caller?.identity} ${call.name} -> ${call.status}`)
        .join('; ')}; agent still in the room: ${stillThere}`,
    );
    expect(stillThere).toBe(true);
    await inRoom.stop();
  });
});
