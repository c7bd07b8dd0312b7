// Scenario: a person joins a room on a real LiveKit server and speaks. The worker, dispatched by name,
// joins as an AGENT participant, greets, and plays the person's turn back once they stop talking. When
// the person leaves, the job ends and the agent leaves; stopping everything leaves no process behind.
import { execFileSync } from 'node:child_process';
import { ParticipantKind } from '@livekit/rtc-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { speechWav } from '../fixtures/speech.js';
import { type AgentRoom, startAgentRoom } from '../harness/agent-room.js';
import { isRunning } from '../harness/processes.js';

describe('worker in a real room', { timeout: 120_000 }, () => {
  let stack: AgentRoom;
  const pids: number[] = [];

  beforeAll(async () => {
    stack = await startAgentRoom('echo-test');
    pids.push(stack.livekit.pid);
  });

  afterAll(() => stack?.close());

  it('joins as an agent and echoes a participant after their speech ends', async () => {
    const room = 'echo-room';
    const alice = await stack.join(room, 'alice');
    const agent = [...alice.room.remoteParticipants.values()].find((p) => p.identity.startsWith('agent-'));
    expect(agent?.info.kind).toBe(ParticipantKind.AGENT);

    // The echo agent greets first (agents/echo.yaml `greeting`); Alice waits until it has finished.
    expect(await alice.untilAgentDone({ sinceMs: 0, quietMs: 1_500, giveUpMs: 20_000 })).toBeGreaterThan(
      1000,
    );
    const speechStartedAt = alice.now();
    const speechEndedAt = await alice.speak(speechWav('hello', '48k'));
    const speechMs = speechEndedAt - speechStartedAt;
    // The echo is the whole turn: about as long as what was said (the WAV holds ~4.9 s of speech).
    const echoedMs = await alice.untilAgentDone({ sinceMs: speechEndedAt, quietMs: 1_500, giveUpMs: 20_000 });
    expect(echoedMs).toBeGreaterThan(2500);
    expect(echoedMs).toBeLessThan(speechMs + 2000);
    // Nothing loud came back while Alice was still speaking (echo waits for the end of the turn).
    expect(
      alice.heard.filter((c) => c.at > speechStartedAt && c.at < speechEndedAt - 500 && c.rmsDbfs > -40)
        .length,
    ).toBe(0);

    pids.push(...stack.worker.pids());
    expect(pids.length).toBeGreaterThan(2); // the server, the worker and its job process

    await alice.leave();
    // The job ends: the agent's own departure timeout or the server closing the emptied room ends it.
    await stack.worker.waitFor(/"room":"echo-room","status":"success"/, 20_000);
    await expect
      .poll(async () => (await stack.livekit.rooms.listParticipants(room).catch(() => [])).length, {
        timeout: 20_000,
        interval: 500,
      })
      .toBe(0);
  });

  it('leaves no livekit-server or worker process behind', async () => {
    await stack.worker.stop();
    await stack.livekit.close();
    const commandOf = (pid: number) => {
      try {
        return execFileSync('ps', ['-o', 'pid=,args=', '-p', String(pid)], { encoding: 'utf8' }).trim();
      } catch {
        return String(pid);
      }
    };
    await expect.poll(() => pids.filter(isRunning).map(commandOf), { timeout: 10_000 }).toEqual([]);
  });
});
