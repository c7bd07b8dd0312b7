// Scenario: a worker that takes one room at a time (WORKER_MAX_JOBS=1). Its first room fills it: it
// reports itself full, so the LiveKit server does not even offer it the next dispatch, and that room
// gets no agent. Once the first room empties, the worker reports room again and the next dispatch is
// served.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VoiceParticipant } from '../../src/room/voice-participant.js';
import { type AgentRoom, startAgentRoom } from '../harness/agent-room.js';

const AGENT = 'load-test';

describe('load reporting', { timeout: 120_000 }, () => {
  let stack: AgentRoom;

  beforeAll(async () => {
    stack = await startAgentRoom(AGENT, { WORKER_MAX_JOBS: '1', WORKER_HOSTS: '1' });
  });

  afterAll(() => stack?.close());

  it('a full worker is not offered jobs; it is again once a room ends', async () => {
    expect(await stack.state()).toMatchObject({ maxJobs: 1, jobs: 0, load: 0, full: false });

    const alice = await stack.join('first-room', 'alice');
    expect(await stack.state()).toMatchObject({ jobs: 1, load: 1, full: true });

    // A second dispatch while full: the server finds no available worker, so no job is created.
    await stack.livekit.rooms.createRoom({ name: 'second-room' });
    await stack.livekit.dispatches.createDispatch('second-room', AGENT);
    const bob = new VoiceParticipant();
    await bob.join(stack.livekit.url, await stack.livekit.token('second-room', 'bob'));
    await expect(bob.waitForParticipant((p) => p.identity.startsWith('agent-'), 8_000)).rejects.toThrow(
      /no matching participant/,
    );
    const [dispatch] = await stack.livekit.dispatches.listDispatch('second-room');
    expect(dispatch?.state?.jobs ?? []).toEqual([]);
    // Not offered at all (rather than offered and declined): the server saw the worker full.
    expect(stack.worker.lines.filter((line) => line.includes('second-room'))).toEqual([]);
    await bob.leave();

    await alice.leave();
    await expect.poll(async () => (await stack.state()).full, { timeout: 20_000, interval: 250 }).toBe(false);
    expect(await stack.state()).toMatchObject({ jobs: 0, load: 0 });

    const carol = await stack.join('third-room', 'carol');
    expect(await stack.state()).toMatchObject({ jobs: 1, full: true });
    await carol.leave();
  });
});
