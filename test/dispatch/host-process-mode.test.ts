// Scenario: a worker run with WORKER_ISOLATION=process, for those who want each room in a process of its
// own. Two rooms get two processes (and one more is kept started for the next room); both agents echo;
// when a room ends, its process exits.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { speechWav } from '../fixtures/speech.js';
import { type AgentRoom, startAgentRoom } from '../harness/agent-room.js';
import { isRunning } from '../harness/processes.js';

describe('a process per job', { timeout: 120_000 }, () => {
  let stack: AgentRoom;

  beforeAll(async () => {
    stack = await startAgentRoom('process-test', { WORKER_ISOLATION: 'process' });
  });

  afterAll(() => stack?.close());

  it('runs each room in its own process, which exits when the room ends', async () => {
    const alice = await stack.join('room-a', 'alice');
    const bob = await stack.join('room-b', 'bob');
    const state = await stack.state();
    expect(state.isolation).toBe('process');
    const carriers = state.hosts.filter((host) => host.rooms.length > 0);
    expect(carriers.map((host) => host.rooms)).toEqual(expect.arrayContaining([['room-a'], ['room-b']]));
    expect(carriers).toHaveLength(2);
    // One more process is started, waiting for the next room.
    await expect
      .poll(async () => (await stack.state()).hosts.filter((host) => host.rooms.length === 0).length, {
        timeout: 60_000,
      })
      .toBe(1);

    for (const person of [alice, bob]) {
      const spokeUntil = await person.speak(speechWav('short', '48k'));
      expect(
        await person.untilAgentDone({ sinceMs: spokeUntil, quietMs: 1_500, giveUpMs: 20_000 }),
      ).toBeGreaterThan(500);
    }

    const roomA = carriers.find((host) => host.rooms.includes('room-a'))!;
    await alice.leave();
    await expect.poll(() => isRunning(roomA.pid), { timeout: 20_000 }).toBe(false);
    expect((await stack.state()).hosts.flatMap((host) => host.rooms)).toEqual(['room-b']);
    await bob.leave();
  });
});
