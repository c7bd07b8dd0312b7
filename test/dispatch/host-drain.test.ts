// Scenario: a worker carrying a room is told to stop (SIGTERM). It drains: it takes no new job, the room
// it carries keeps its agent (which still answers) until the person leaves, then the worker exits 0 and
// leaves no process behind. A room still busy when the drain timeout passes is ended: the agent leaves
// it, and the worker exits 0 all the same. A worker killed outright takes its job hosts with it.
import { afterAll, describe, expect, it } from 'vitest';
import { VoiceParticipant } from '../../src/room/voice-participant.js';
import { speechWav } from '../fixtures/speech.js';
import { type AgentRoom, startAgentRoom } from '../harness/agent-room.js';
import { isRunning } from '../harness/processes.js';

describe('draining on SIGTERM', { timeout: 120_000 }, () => {
  const stacks: AgentRoom[] = [];
  afterAll(async () => {
    for (const stack of stacks) await stack.close();
  });

  it('takes no new job, lets the room finish, then exits 0 with no process left', async () => {
    const stack = await startAgentRoom('drain-test', { WORKER_DRAIN_TIMEOUT: '60s' });
    stacks.push(stack);
    const alice = await stack.join('drain-room', 'alice');
    await alice.untilAgentDone({ sinceMs: 0, quietMs: 1_500, giveUpMs: 20_000 }); // the greeting
    const pids = stack.worker.pids();

    stack.worker.child.kill('SIGTERM');
    await stack.worker.waitFor(/draining: no new jobs/);
    expect(await stack.state()).toMatchObject({ draining: true, full: true, jobs: 1 });

    await stack.livekit.rooms.createRoom({ name: 'late-room' });
    await stack.livekit.dispatches.createDispatch('late-room', 'drain-test');
    const bob = new VoiceParticipant();
    await bob.join(stack.livekit.url, await stack.livekit.token('late-room', 'bob'));
    await expect(bob.waitForParticipant((p) => p.identity.startsWith('agent-'), 6_000)).rejects.toThrow();
    await bob.leave();

    // The room being drained is still served.
    // A phrase with no pause inside: a busy receiver can stretch one in 'short' into two turns, the echo of
    // the first cut off by the second.
    const spokeUntil = await alice.speak(speechWav('notes', '48k'));
    expect(
      await alice.untilAgentDone({ sinceMs: spokeUntil, quietMs: 1_500, giveUpMs: 20_000 }),
    ).toBeGreaterThan(500);
    expect(stack.worker.child.exitCode).toBeNull();

    await alice.leave();
    expect(await stack.worker.exited).toBe(0);
    await expect.poll(() => pids.filter(isRunning), { timeout: 10_000 }).toEqual([]);
  });

  it('ends the rooms left when the drain timeout passes, then exits 0', async () => {
    const stack = await startAgentRoom('drain-timeout-test', { WORKER_DRAIN_TIMEOUT: '3s' });
    stacks.push(stack);
    const carol = await stack.join('busy-room', 'carol');
    const agent = [...carol.room.remoteParticipants.values()].find((p) => p.identity.startsWith('agent-'))!;
    const pids = stack.worker.pids();
    const left = new Promise<void>((resolve) =>
      carol.room.on('participantDisconnected', (p) => p.identity === agent.identity && resolve()),
    );

    const signalledAt = performance.now();
    stack.worker.child.kill('SIGTERM');
    await left;
    expect(performance.now() - signalledAt).toBeGreaterThan(2_500); // not before the timeout
    expect(await stack.worker.exited).toBe(0);
    await expect.poll(() => pids.filter(isRunning), { timeout: 10_000 }).toEqual([]);
    await carol.leave();
  });

  it('a worker killed outright (SIGKILL) leaves no job host behind', async () => {
    const stack = await startAgentRoom('kill-test', { WORKER_HOSTS: '2' });
    stacks.push(stack);
    const dave = await stack.join('kill-room', 'dave');
    const pids = stack.worker.pids();
    expect(pids.length).toBeGreaterThanOrEqual(3); // the worker and its two hosts

    stack.worker.child.kill('SIGKILL');
    // Each host sees its IPC channel close, takes its agents out of their rooms (each bounded by the job's
    // 10 s leave timeout) and exits.
    await expect.poll(() => pids.filter(isRunning), { timeout: 45_000 }).toEqual([]);
    await dave.leave();
  });
});
