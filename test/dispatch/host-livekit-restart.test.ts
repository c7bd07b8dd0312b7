// Scenario: the LiveKit server under a running worker stops (Alice's room with the agent in it goes with
// it: a single livekit-server without redis keeps its rooms in memory) and starts again on the same port.
// The worker notices, re-registers with backoff; Alice's room, when its participants bring it back, has
// its agent answering her again; and the next dispatch brings the agent into a new room, where it answers
// Bob. The time from the server answering again to the worker's re-registration is
// printed (not asserted).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { VoiceParticipant } from '../../src/room/voice-participant.js';
import { speechWav } from '../fixtures/speech.js';
import { type AgentRoom, startAgentRoom } from '../harness/agent-room.js';

const AGENT = 'livekit-restart-test';
/** How long the server stays down. */
const DOWN_MS = 3_000;

/** A worker log line, as JSON. */
const entry = (line: string) => JSON.parse(line) as { time: number; msg: string; [field: string]: unknown };

describe('the LiveKit server restarts under a running worker', { timeout: 180_000 }, () => {
  let stack: AgentRoom;
  const people: VoiceParticipant[] = [];

  beforeAll(async () => {
    stack = await startAgentRoom(AGENT, { WORKER_HOSTS: '1' });
  });

  afterAll(async () => {
    for (const person of people) await person.leave().catch(() => undefined);
    await stack?.close();
  });

  it('the worker registers again and the next dispatch gets an agent that answers', async () => {
    const alice = await stack.join('before-restart', 'alice');
    people.push(alice);
    await alice.untilAgentDone({ sinceMs: 0, quietMs: 1_500, giveUpMs: 30_000 }); // the greeting
    const firstWorkerId = (await stack.state()).workerId;
    const firstJob = [...alice.room.remoteParticipants.keys()]
      .find((id) => id.startsWith('agent-'))
      ?.slice(6);
    expect((await stack.state()).jobs).toBe(1);

    await stack.livekit.stop();
    await stack.worker.waitFor(/lost the LiveKit server; reconnecting/, 60_000);
    // Down for a few seconds, as a restart takes: the worker's first attempts find nobody.
    await new Promise((resolve) => setTimeout(resolve, DOWN_MS));
    await stack.livekit.start();
    const backAt = Date.now();

    const registered = entry(await stack.worker.waitFor(/registered again with the LiveKit server/, 120_000));
    console.info(
      `LiveKit server answering again -> worker registered again: ${registered.time - backAt} ms ` +
        `(attempt ${registered.attempts}, ${registered.downMs} ms after the connection was lost)`,
    );
    await expect
      .poll(async () => (await stack.state()).workerId, { timeout: 10_000 })
      .not.toBe(firstWorkerId);

    // Alice's room: its participants (the agent's job too) reconnect with their tokens, which creates the
    // room again on the new server, and the agent goes on serving Alice; a room whose participants do not
    // come back is gone, and its job ends on the worker.
    const inRoom = async () =>
      (await stack.livekit.rooms.listParticipants('before-restart').catch(() => []))
        .map((p) => p.identity)
        .sort();
    const survived = await expect
      .poll(inRoom, { timeout: 30_000, interval: 500 })
      .toEqual([`agent-${firstJob}`, 'alice'])
      .then(() => true)
      .catch(() => false);
    console.info(
      `Alice's room ${survived ? 'survived the restart with its agent' : 'did not survive the restart'}`,
    );
    if (survived) {
      // The agent hears Alice again (it subscribes to her microphone anew after the full reconnect) and
      // she hears its answer.
      const spoke = await alice.speak(speechWav('question', '48k'));
      expect(
        await alice.untilAgentDone({ sinceMs: spoke, quietMs: 1_500, giveUpMs: 30_000 }),
      ).toBeGreaterThan(1000);
    } else {
      await expect.poll(async () => (await stack.state()).jobs, { timeout: 60_000, interval: 500 }).toBe(0);
    }

    // The next dispatch: the agent joins a new room, greets Bob and echoes him.
    const bob = await stack.join('after-restart', 'bob');
    people.push(bob);
    const greeted = await bob.untilAgentDone({ sinceMs: 0, quietMs: 1_500, giveUpMs: 30_000 });
    expect(greeted).toBeGreaterThan(1000);
    const spokeUntil = await bob.speak(speechWav('question', '48k'));
    expect(
      await bob.untilAgentDone({ sinceMs: spokeUntil, quietMs: 1_500, giveUpMs: 30_000 }),
    ).toBeGreaterThan(1000);
    expect((await stack.state()).hosts[0]?.rooms).toContain('after-restart');

    // Every room empties: each job ends, including one the restarted server never assigned.
    for (const person of people.splice(0)) await person.leave();
    await expect.poll(async () => (await stack.state()).jobs, { timeout: 90_000, interval: 1_000 }).toBe(0);
  });
});
