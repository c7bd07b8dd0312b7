// Scenario: a worker with two job hosts registers with a real LiveKit server. An explicit dispatch
// (AgentDispatchClient) brings the agent into one room, a participant token carrying the agent (token
// dispatch) into another; in each an AGENT participant joins and echoes what it hears. The worker's job
// hosts carry the rooms, one each, and none of the worker's processes is LiveKit's inference process.
import { execFileSync } from 'node:child_process';
import { ParticipantKind } from '@livekit/rtc-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { participantToken } from '../../src/dispatch/tokens.js';
import { VoiceParticipant } from '../../src/room/voice-participant.js';
import { speechWav } from '../fixtures/speech.js';
import { type AgentRoom, startAgentRoom } from '../harness/agent-room.js';

const AGENT = 'dispatch-test';

function commandOf(pid: number): string {
  try {
    return execFileSync('ps', ['-o', 'args=', '-p', String(pid)], { encoding: 'utf8' }).trim();
  } catch {
    return '';
  }
}

/** Speaks a sentence and resolves with how much loud audio came back within 20 s of its end. */
async function echoHeard(person: VoiceParticipant): Promise<number> {
  await person.untilAgentDone({ sinceMs: 0, quietMs: 1_500, giveUpMs: 20_000 }); // the greeting
  const spokeUntil = await person.speak(speechWav('question', '48k'));
  return person.untilAgentDone({ sinceMs: spokeUntil, quietMs: 1_500, giveUpMs: 20_000 });
}

describe('dispatching the agent to a worker of job hosts', { timeout: 120_000 }, () => {
  let stack: AgentRoom;
  const people: VoiceParticipant[] = [];

  beforeAll(async () => {
    stack = await startAgentRoom(AGENT, { WORKER_HOSTS: '2' });
  });

  afterAll(async () => {
    for (const person of people) await person.leave().catch(() => undefined);
    await stack?.close();
  });

  it('explicit dispatch: the agent joins as an AGENT participant and echoes', async () => {
    const alice = await stack.join('explicit-room', 'alice');
    people.push(alice);
    const agent = [...alice.room.remoteParticipants.values()].find((p) => p.identity.startsWith('agent-'));
    expect(agent?.info.kind).toBe(ParticipantKind.AGENT);
    expect(agent?.attributes['lk.agent.name']).toBe(AGENT);
    expect(await echoHeard(alice)).toBeGreaterThan(1000);
  });

  it('token dispatch: a participant token with the agent in its room configuration brings it in', async () => {
    const token = await participantToken(stack.livekit, {
      room: 'token-room',
      identity: 'bob',
      agentName: AGENT,
    });
    const bob = new VoiceParticipant();
    people.push(bob);
    await bob.join(stack.livekit.url, token);
    const agent = await bob.waitForParticipant((p) => p.identity.startsWith('agent-'), 30_000);
    expect(agent.info.kind).toBe(ParticipantKind.AGENT);
    expect(await echoHeard(bob)).toBeGreaterThan(1000);
  });

  it('carries the rooms on its job hosts, one each, with no inference process', async () => {
    const state = await stack.state();
    expect(state.isolation).toBe('host');
    expect(state.jobs).toBe(2);
    expect(state.hosts.map((host) => host.rooms.length).sort()).toEqual([1, 1]);
    expect(state.hosts.flatMap((host) => host.rooms).sort()).toEqual(['explicit-room', 'token-room']);

    const commands = stack.worker.pids().map(commandOf).filter(Boolean);
    expect(commands.filter((c) => c.includes('src/cli/start.ts'))).toHaveLength(1);
    expect(commands.filter((c) => c.includes('host-process.ts'))).toHaveLength(2);
    expect(commands.filter((c) => /inference_proc|job_proc_lazy_main/.test(c))).toEqual([]);
  });

  it('ends each job when its room empties', async () => {
    for (const person of people.splice(0)) await person.leave();
    await expect.poll(async () => (await stack.state()).jobs, { timeout: 20_000, interval: 500 }).toBe(0);
    expect(
      stack.worker.lines.filter((line) => line.includes('"job ended"') && line.includes('"success"')),
    ).toHaveLength(2);
  });
});
