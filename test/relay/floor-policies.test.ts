// Scenarios for the floor policies of a shared room, in real rooms: switching the policy by room RPC
// (allowed for the chair, refused for others, applied from the next turn); an observer that never
// speaks yet keeps every turn and takes notes with its tools; and first-speaker, where the first person
// to talk holds the conversation until they leave.
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RpcError } from '@livekit/rtc-node';
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import { notesFile } from '../../plugins/notes.js';
import { echoBehaviour, type RunningEngine, scriptBehaviour, startEngine } from '../../src/engine/index.js';
import { FLOOR_RPC_ERRORS, SET_FLOOR_METHOD } from '../../src/relay/floor-control.js';
import type { VoiceParticipant } from '../../src/room/voice-participant.js';
import { scopedDataDir } from '../../src/tools/data-scope.js';
import { speechWav } from '../fixtures/speech.js';
import { definition, quietLogger, type RoomAgentStack, startRoomAgentStack } from '../harness/room-agent.js';
import { heldTurns, stretches } from './conversation-view.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function setFloor(person: VoiceParticipant, agent: string, payload: unknown): Promise<string> {
  return person.room.localParticipant!.performRpc({
    destinationIdentity: agent,
    method: SET_FLOOR_METHOD,
    payload: typeof payload === 'string' ? payload : JSON.stringify(payload),
  });
}

/** Speaks and waits for the agent: the loud ms heard after the words ended (0: no answer). */
/** Loud milliseconds of the agent heard after `person` spoke: 0 when it stayed silent, the echo when not. */
async function turn(person: VoiceParticipant, phrase: Parameters<typeof speechWav>[0]): Promise<number> {
  const ended = await person.speak(speechWav(phrase));
  return person.untilAgentDone({ sinceMs: ended, quietMs: 1_500, giveUpMs: 6_000 });
}

describe('floor policies in a shared room', { timeout: 240_000 }, () => {
  let stack: RoomAgentStack;
  beforeAll(async () => {
    stack = await startRoomAgentStack({ behaviour: echoBehaviour() });
  });
  afterAll(() => stack?.close());

  describe('with an echoing model', () => {
    it('switches by RPC for an allowed participant, from the next turn, and refuses others', async () => {
      const chair = await stack.join('board', 'chair-ann', 'Ann');
      const bob = await stack.join('board', 'bob', 'Bob');
      const inRoom = await stack.start(
        'board',
        definition({
          name: 'board-echo',
          model: { provider: 'local', behaviour: 'echo' },
          participants: { mode: 'shared', floor: 'open', floor_control: ['chair-*'] },
        }),
      );
      await bob.waitForParticipant((p) => p.identity === 'agent-board');
      expect(await turn(bob, 'short')).toBeGreaterThan(300);

      // Bob may not switch the floor: a clear RPC error, and nothing changes.
      const refused = await setFloor(bob, 'agent-board', { policy: 'observer' }).catch(
        (error: RpcError) => error,
      );
      expect(refused).toBeInstanceOf(RpcError);
      expect((refused as RpcError).code).toBe(FLOOR_RPC_ERRORS.refused);
      expect((refused as RpcError).message).toMatch(/bob may not change the floor/);
      expect(inRoom.agent.floor).toBe('open');
      const invalid = await setFloor(chair, 'agent-board', { policy: 'silent' }).catch(
        (error: RpcError) => error,
      );
      expect((invalid as RpcError).code).toBe(FLOOR_RPC_ERRORS.invalid);
      expect((invalid as RpcError).message).toMatch(/open, addressed, first-speaker, observer/);

      // The chair switches to observer: the next turn is kept but not answered.
      expect(JSON.parse(await setFloor(chair, 'agent-board', { policy: 'observer' }))).toEqual({
        policy: 'observer',
        previous: 'open',
      });
      expect(inRoom.of('floor').at(-1)).toMatchObject({ policy: 'observer', changedBy: 'chair-ann' });
      expect(await turn(bob, 'short')).toBe(0);
      expect(inRoom.of('decision').at(-1)).toMatchObject({ answer: false, speaker: { identity: 'bob' } });

      // And back to open: answered again.
      await setFloor(chair, 'agent-board', { policy: 'open' });
      expect(await turn(bob, 'short')).toBeGreaterThan(300);
      expect(heldTurns(stack.engine).map((held) => held.speaker)).toEqual(['bob', 'bob', 'bob']);
    });

    it('first-speaker: the first to talk holds the conversation until they leave', async () => {
      const alice = await stack.join('desk', 'alice', 'Alice');
      const bob = await stack.join('desk', 'bob', 'Bob');
      const inRoom = await stack.start(
        'desk',
        definition({
          name: 'desk-echo',
          model: { provider: 'local', behaviour: 'echo' },
          participants: { mode: 'shared', floor: 'first-speaker', departure_timeout: '1s' },
        }),
      );
      await bob.waitForParticipant((p) => p.identity === 'agent-desk');
      expect(await turn(alice, 'short')).toBeGreaterThan(300);
      expect(inRoom.of('floor').at(-1)).toMatchObject({ holder: { identity: 'alice' } });
      expect(await turn(bob, 'short')).toBe(0);
      expect(inRoom.of('decision').at(-1)).toMatchObject({
        answer: false,
        reason: 'alice holds the conversation',
      });

      // Bob talking over Alice's answer does not cut it off.
      const asked = await alice.speak(speechWav('hello'));
      await expect.poll(() => bob.loudMsAfter(asked), { timeout: 10_000 }).toBeGreaterThan(500);
      await bob.speak(speechWav('short'));
      expect(inRoom.of('interrupted')).toEqual([]);
      await alice.untilAgentDone({ sinceMs: asked, quietMs: 1_500, giveUpMs: 6_000 });

      await alice.leave();
      await expect.poll(() => inRoom.of('floor').at(-1)?.holder, { timeout: 10_000 }).toBeUndefined();
      expect(await turn(bob, 'short')).toBeGreaterThan(300);
      expect(inRoom.of('floor').at(-1)).toMatchObject({ holder: { identity: 'bob' } });
    });
  });

  describe('an observer with a note-taking tool', () => {
    let scribe: RunningEngine;
    let dataDir: string;
    beforeAll(async () => {
      dataDir = await mkdtemp(join(tmpdir(), 'roomvoice-observer-'));
      process.env.ROOMVOICE_DATA_DIR = dataDir;
      scribe = await startEngine({
        log: quietLogger,
        behaviour: scriptBehaviour({
          turns: [{ call: 'notes__add', arguments: { text: 'something was said' } }, { say: 'Noted.' }],
          after_last: 'repeat',
        }),
      });
    });
    afterAll(async () => {
      delete process.env.ROOMVOICE_DATA_DIR;
      await scribe?.close();
    });

    it('never speaks, keeps every turn, and still takes notes', async () => {
      const alice = await stack.join('review', 'alice', 'Alice');
      const bob = await stack.join('review', 'bob', 'Bob');
      const inRoom = await stack.start(
        'review',
        definition({
          name: 'silent-scribe',
          model: { provider: 'local', behaviour: 'echo' },
          greeting: 'I am only taking notes.',
          participants: { mode: 'shared', floor: 'observer' },
          tools: ['notes.add'],
        }),
        scribe,
      );
      // The turns, the observer's requests and the notes taken, in the order they happened.
      onTestFailed(() => console.log(inRoom.timeline(['turn', 'decision', 'tool_call', 'interrupted'])));
      const agent = await alice.waitForParticipant((p) => p.identity === 'agent-review');
      const script: [VoiceParticipant, Parameters<typeof speechWav>[0]][] = [
        [alice, 'hello'],
        [bob, 'question'],
        [alice, 'notes'],
        [bob, 'short'],
      ];
      for (const [person, phrase] of script) {
        await person.speak(speechWav(phrase));
        await sleep(1_500);
      }
      await expect
        .poll(() => stretches(heldTurns(scribe)).map((stretch) => stretch.speaker), { timeout: 20_000 })
        .toEqual(['alice', 'bob', 'alice', 'bob']);
      await expect
        .poll(() => inRoom.of('tool_call').filter((c) => c.status === 'ok').length, { timeout: 20_000 })
        .toBe(4);

      // Nothing was ever published as speech: no agent track, nothing heard, no agent transcript.
      expect(agent.trackPublications.size).toBe(0);
      for (const person of [alice, bob]) {
        expect(person.heard.filter((chunk) => chunk.track.startsWith('agent-voice'))).toEqual([]);
      }
      expect(inRoom.of('transcript').filter((line) => line.role === 'agent')).toEqual([]);
      // The notes were taken on behalf of whoever was speaking.
      const roomData = scopedDataDir(dataDir, 'room', { room: 'review', agent: 'silent-scribe' });
      const notes = await readFile(notesFile({ dataDir: roomData }), 'utf8');
      expect(notes.match(/something was said/g)).toHaveLength(4);
      expect(
        inRoom
          .of('tool_call')
          .filter((c) => c.status === 'ok')
          .map((c) => c.caller?.identity),
      ).toEqual(['alice', 'bob', 'alice', 'bob']);
    });
  });
});
