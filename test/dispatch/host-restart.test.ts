// Scenario: the job host carrying Alice's room is killed (SIGKILL). The worker takes the room again on its
// other host: the agent rejoins under the same identity, greets, and echoes Alice again; the pool starts a
// host to replace the dead one. The time from the kill to the agent's voice is printed (not asserted).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { speechWav } from '../fixtures/speech.js';
import { type AgentRoom, startAgentRoom } from '../harness/agent-room.js';
import { isRunning } from '../harness/processes.js';

const ROOM = 'restart-room';

describe('a job host dies', { timeout: 120_000 }, () => {
  let stack: AgentRoom;

  beforeAll(async () => {
    stack = await startAgentRoom('restart-test', { WORKER_HOSTS: '2' });
  });

  afterAll(() => stack?.close());

  it('its room is taken again by another host and the agent answers again', async () => {
    const alice = await stack.join(ROOM, 'alice');
    const agent = [...alice.room.remoteParticipants.values()].find((p) => p.identity.startsWith('agent-'))!;
    await alice.untilAgentDone({ sinceMs: 0, quietMs: 1_500, giveUpMs: 20_000 }); // the greeting

    const before = await stack.state();
    const carrier = before.hosts.find((host) => host.rooms.includes(ROOM))!;
    const other = before.hosts.find((host) => host !== carrier)!;
    expect(carrier).toBeDefined();

    const killedAt = alice.now();
    process.kill(carrier.pid, 'SIGKILL');
    // The agent comes back (same identity) and greets again.
    const greeted = await alice.untilAgentDone({ sinceMs: killedAt, quietMs: 1_500, giveUpMs: 30_000 });
    expect(greeted).toBeGreaterThan(1000);
    const backAt = alice.heard.find((chunk) => chunk.at > killedAt && chunk.rmsDbfs > -40)!.at;
    const running = JSON.parse(await stack.worker.waitFor(/job running again after its host died/)) as {
      downMs: number;
    };
    console.info(
      `host killed -> agent heard again: ${Math.round(backAt - killedAt)} ms (worker: job running again after ${running.downMs} ms)`,
    );

    expect(isRunning(carrier.pid)).toBe(false);
    const after = await stack.state();
    expect(after.hosts.find((host) => host.rooms.includes(ROOM))?.pid).toBe(other.pid);
    await expect.poll(async () => (await stack.state()).hosts.length, { timeout: 60_000 }).toBe(2);
    expect([...alice.room.remoteParticipants.keys()].filter((id) => id.startsWith('agent-'))).toEqual([
      agent.identity,
    ]);

    const spokeUntil = await alice.speak(speechWav('short', '48k'));
    expect(
      await alice.untilAgentDone({ sinceMs: spokeUntil, quietMs: 1_500, giveUpMs: 20_000 }),
    ).toBeGreaterThan(500);
    await alice.leave();
  });
});
