// Scenario: one worker (the real `pnpm start` process, its job hosts) serves many rooms at once, each
// with two people who take turns talking to an echo agent that hears the whole room (mode shared).
// Every turn is answered out loud, the worker logs no error, and its resident memory (the worker and
// all its job hosts) at the end is within 10% of what it was after the first minute: 20 rooms for 10
// minutes, run with ROOMVOICE_LONG_TESTS=1 only (it cannot fit in CI's time). ROOMVOICE_LOAD_ROOMS sets
// another number of rooms (the test's own talkers need more than two cores at 20). ROOMVOICE_LOAD_SMOKE=1
// runs 2 rooms for 45 s instead (memory reported, not judged: too short to settle).
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VoiceParticipant } from '../../src/room/voice-participant.js';
import { tempFolder } from '../definition/cli-run.js';
import { speechWav } from '../fixtures/speech.js';
import { type AgentRoom, startAgentRoom } from '../harness/agent-room.js';
import { LONG_RUN } from './fixtures.js';

/** ROOMVOICE_LOAD_ROOMS, when set: a whole number of rooms, at least 1. */
function roomsFromEnv(): number | undefined {
  const value = process.env.ROOMVOICE_LOAD_ROOMS;
  if (value === undefined || value === '') return undefined;
  const rooms = Number(value);
  if (!Number.isInteger(rooms) || rooms < 1)
    throw new Error(`ROOMVOICE_LOAD_ROOMS must be a whole number of rooms, at least 1; got "${value}"`);
  return rooms;
}

const ROOMS = roomsFromEnv() ?? (LONG_RUN ? 20 : 2);
const RUN_MS = LONG_RUN ? 600_000 : 45_000;
const SETTLED_MS = Math.min(60_000, RUN_MS / 2);
const AGENT = 'load-test';

/** Resident memory of these processes, in MiB (processes gone meanwhile count 0). */
function residentMiB(pids: number[]): number {
  let kib = 0;
  for (const pid of pids) {
    try {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      kib += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
    } catch {
      // the process ended between listing and reading
    }
  }
  return kib / 1024;
}

describe.runIf(LONG_RUN || process.env.ROOMVOICE_LOAD_SMOKE === '1')(
  'one worker under load',
  { timeout: RUN_MS + 300_000 },
  () => {
    let stack: AgentRoom;
    const people: VoiceParticipant[] = [];

    beforeAll(async () => {
      const agents = await tempFolder({});
      await writeFile(
        join(agents, 'room-echo.yaml'),
        [
          'name: room-echo',
          'model: { provider: local, behaviour: echo }',
          'participants: { mode: shared, floor: open }',
        ].join('\n'),
      );
      stack = await startAgentRoom(AGENT, {
        AGENTS_DIR: agents,
        AGENT_DEFINITION: 'room-echo',
        WORKER_MAX_JOBS: String(ROOMS * 2),
      });
    });
    afterAll(async () => {
      for (const person of people) await person.leave().catch(() => undefined);
      await stack?.close();
    });

    it(`${ROOMS} rooms × 2 talkers for ${RUN_MS / 60_000} minutes: every turn answered, no error, memory flat`, async () => {
      // People join one room after another: forty publications at once time out on a loaded machine.
      const rooms: { room: string; talkers: VoiceParticipant[]; answeredMs: number[] }[] = [];
      for (let index = 0; index < ROOMS; index++) {
        const room = `load-${index}`;
        const first = await stack.join(room, `alice-${index}`);
        const second = new VoiceParticipant();
        await second.join(stack.livekit.url, await stack.livekit.token(room, `bob-${index}`));
        people.push(first, second);
        rooms.push({ room, talkers: [first, second], answeredMs: [] });
      }

      const started = performance.now();
      let settledMiB: number | undefined;
      let minute = 0;
      const sampler = setInterval(() => {
        const elapsed = performance.now() - started;
        if (settledMiB === undefined && elapsed >= SETTLED_MS) settledMiB = residentMiB(stack.worker.pids());
        if (elapsed < (minute + 1) * 60_000) return;
        minute += 1;
        const turns = rooms.reduce((sum, room) => sum + room.answeredMs.length, 0);
        console.info(
          `load, minute ${minute}: ${turns} turns so far; resident memory ${Math.round(residentMiB(stack.worker.pids()))} MiB`,
        );
      }, 1_000);
      // In each room the two take turns; the rooms talk at once.
      await Promise.all(
        rooms.map(async ({ talkers, answeredMs }, index) => {
          await new Promise((resolve) => setTimeout(resolve, (index * 700) % 5_000));
          for (let turn = 0; performance.now() - started < RUN_MS; turn++) {
            const talker = talkers[turn % 2]!;
            const spokeUntil = await talker.speak(speechWav(turn % 2 === 0 ? 'question' : 'hello'));
            answeredMs.push(
              await talker.untilAgentDone({
                sinceMs: spokeUntil,
                quietMs: 1_500,
                giveUpMs: 30_000,
                timeoutMs: 90_000,
              }),
            );
          }
        }),
      );
      clearInterval(sampler);
      const endMiB = residentMiB(stack.worker.pids());
      const turns = rooms.flatMap((room) => room.answeredMs);
      const unanswered = turns.filter((ms) => ms <= 300).length;
      const errors = stack.worker.lines.filter((line) => /"level":(50|60)/.test(line));
      console.info(
        `load: ${ROOMS} rooms × 2 talkers, ${Math.round((performance.now() - started) / 1000)} s: ${turns.length} turns, ${unanswered} unanswered; worker errors ${errors.length}; resident memory after ${SETTLED_MS / 1000} s ${Math.round(settledMiB ?? 0)} MiB, at the end ${Math.round(endMiB)} MiB (${settledMiB ? `${(((endMiB - settledMiB) / settledMiB) * 100).toFixed(1)}%` : 'n/a'})`,
      );

      expect(errors).toEqual([]);
      expect(unanswered).toBe(0);
      expect(rooms.every((room) => room.answeredMs.length >= 2)).toBe(true);
      expect(settledMiB).toBeGreaterThan(0);
      if (LONG_RUN) expect(Math.abs(endMiB - settledMiB!) / settledMiB!).toBeLessThanOrEqual(0.1);
    });
  },
);
