// Scenarios: things break under an agent while Alice talks with it in a real room, and the room goes on.
//  - The model engine is killed in the middle of an answer and restarted 1.5 s later: the room is told
//    the model is out of reach, the session reconnects, the cut answer is asked again, her next turn
//    is answered.
//  - The MCP server is killed in the middle of a tool call: the call ends with an error the model reads
//    out, the server is restarted, and the next call through it works.
//  - A tool hangs forever, another throws: each call ends (timeout, error), the model says so, and the
//    next turn is answered.
//  - The model never answers a turn: after the response bound the agent reports it, replaces the
//    session, and answers the next turn.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Behaviour, echoBehaviour, type RunningEngine, startEngine } from '../../src/engine/index.js';
import { RealtimeModelSession } from '../../src/realtime/index.js';
import type { VoiceParticipant } from '../../src/room/voice-participant.js';
import { createLogger } from '../../src/telemetry/log.js';
import { speechWav } from '../fixtures/speech.js';
import { handovers, until } from '../harness/agent-view.js';
import { childrenRunning, freePort, isRunning } from '../harness/processes.js';
import { definition, type RoomAgentStack, startRoomAgentStack } from '../harness/room-agent.js';
import { quietLogs } from '../tools/quiet-logs.js';
import { faultsProject, recordingEcho } from './fixtures.js';

quietLogs();

/** Alice says one sentence and waits for the agent to finish answering; returns the loud ms she heard. */
async function turn(person: VoiceParticipant): Promise<number> {
  const spokeUntil = await person.speak(speechWav('question'));
  return person.untilAgentDone({ sinceMs: spokeUntil, quietMs: 2_500, giveUpMs: 40_000, timeoutMs: 90_000 });
}

describe('faults under an agent in a room', { timeout: 300_000 }, () => {
  let stack: RoomAgentStack;
  const engines: RunningEngine[] = [];
  let project: string;

  beforeAll(async () => {
    stack = await startRoomAgentStack();
    project = await faultsProject();
  });
  afterAll(async () => {
    for (const engine of engines) await engine.close();
    await stack?.close();
  });

  it('the engine killed mid-answer and restarted: reconnected, the answer asked again, the next turn answered', async () => {
    const port = await freePort();
    let engine = await startEngine({ behaviour: echoBehaviour(), port, pacing: { speed: 1 } });
    engines.push(engine);
    const loaded = definition('name: sturdy\nmodel: { provider: local }\n');
    const alice = await stack.join('engine-restart', 'alice');
    const inRoom = await stack.start('engine-restart', loaded, engine);
    await until(() => inRoom.agent.state === 'listening', 'the session to open');

    let killedAt = 0;
    const killed = new Promise<void>((resolve) => {
      const off = inRoom.agent.events.on('state', ({ state }) => {
        if (state !== 'speaking') return;
        off();
        setTimeout(() => {
          killedAt = performance.now();
          void engine.close().then(resolve);
        }, 500);
      });
    });
    await alice.speak(speechWav('question'));
    await killed;
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    engine = await startEngine({ behaviour: echoBehaviour(), port, pacing: { speed: 1 } });
    engines.push(engine);
    const restartedAt = performance.now();
    await until(() => handovers(inRoom.events).length === 1, 'the reconnect', 30_000);
    const reconnectedAt = performance.now();
    // What she hears from the reconnect on is the answer asked again on the new session.
    const heard = await alice.untilAgentDone({ sinceMs: alice.now(), quietMs: 2_500, giveUpMs: 15_000 });
    const next = await turn(alice);

    const [handover] = handovers(inRoom.events);
    console.info(
      `engine restart: killed mid-answer, back after ${Math.round(restartedAt - killedAt)} ms; reconnected ${Math.round(reconnectedAt - killedAt)} ms after the kill (${handover?.attempts} tries), cut answer re-asked: ${handover?.rerequested}; turns lost 0 (next turn answered with ${Math.round(next)} ms of speech)`,
    );
    expect(handover).toMatchObject({ kind: 'reconnect', rerequested: true });
    expect(heard).toBeGreaterThan(1_000);
    expect(next).toBeGreaterThan(500);
    // While the engine was down the room was told, once.
    expect(inRoom.of('error').map((error) => error.code)).toEqual(['MODEL_UNAVAILABLE']);
    await inRoom.stop();
  });

  it('the MCP server killed mid-call: a readable error, the server restarted, the next call works', async () => {
    const behaviour = recordingEcho(() => ({
      name: 'everything__trigger-long-running-operation',
      arguments: { duration: 4, steps: 4 },
    }));
    const engine = await startEngine({ behaviour });
    engines.push(engine);
    const loaded = definition(
      [
        'name: mcp-user',
        'model: { provider: local }',
        'mcp:',
        '  - server: everything',
        '    allowed_tools: [trigger-long-running-operation]',
      ].join('\n'),
    );
    const alice = await stack.join('mcp-kill', 'alice');
    // The agent's own log says when its MCP server is connected (again).
    const connected: number[] = [];
    const logger = createLogger({
      level: 'info',
      destination: {
        write: (line: string) => {
          if (line.includes('"component":"mcp"') && line.includes('"msg":"connected"'))
            connected.push(performance.now());
        },
      },
    });
    const inRoom = await stack.start('mcp-kill', loaded, engine, { logger });
    await until(() => inRoom.agent.state === 'listening', 'the session to open');
    const [serverPid] = childrenRunning('server-everything');
    expect(serverPid).toBeDefined();

    let killedAt = 0;
    const off = inRoom.agent.events.on('tool_call', ({ status }) => {
      if (status !== 'started') return;
      off();
      setTimeout(() => {
        killedAt = performance.now();
        process.kill(serverPid!, 'SIGKILL');
      }, 1_000);
    });
    const first = await turn(alice);
    const [failed] = inRoom.of('tool_call').filter((call) => call.status !== 'started');
    await until(() => connected.length === 2, 'the MCP server to be restarted', 30_000);
    const restartedAfterMs = connected[1]! - killedAt;
    const second = await turn(alice);

    const results = inRoom.of('tool_call').filter((call) => call.status !== 'started');
    console.info(
      `MCP kill: call ended ${failed?.status} (${Math.round(failed?.durationMs ?? 0)} ms), server restarted ${Math.round(restartedAfterMs)} ms after the kill, next call ${results[1]?.status}; answers heard ${Math.round(first)} ms, ${Math.round(second)} ms`,
    );
    expect(isRunning(serverPid!)).toBe(false);
    expect(failed?.status).toBe('error');
    expect(behaviour.record.toolOutputs[0]).toMatch(
      /MCP server "everything" is not available|Connection closed/,
    );
    expect(results[1]?.status).toBe('ok');
    expect(behaviour.record.toolOutputs[1]).toMatch(/Long running operation completed/i);
    expect(first).toBeGreaterThan(500);
    expect(second).toBeGreaterThan(500);
    await inRoom.stop();
  });

  it('a tool that hangs forever and one that throws: both end, the model says so, the room goes on', async () => {
    const calls = ['faulty__hang', 'faulty__boom'];
    const behaviour = recordingEcho((userTurn) =>
      calls[userTurn - 1] ? { name: calls[userTurn - 1]! } : undefined,
    );
    const engine = await startEngine({ behaviour });
    engines.push(engine);
    const loaded = definition(
      ['name: brave', 'model: { provider: local }', 'tools: [faulty.*]', 'limits: { tool_timeout: 2s }'].join(
        '\n',
      ),
    );
    const alice = await stack.join('bad-tools', 'alice');
    const inRoom = await stack.start('bad-tools', loaded, engine, { projectDir: project });
    await until(() => inRoom.agent.state === 'listening', 'the session to open');

    const heard = [await turn(alice), await turn(alice), await turn(alice)];
    const results = inRoom.of('tool_call').filter((call) => call.status !== 'started');
    console.info(
      `tool faults: hang -> ${results[0]?.status} after ${Math.round(results[0]?.durationMs ?? 0)} ms, throw -> ${results[1]?.status}; answers heard ${heard.map(Math.round).join(', ')} ms`,
    );
    expect(results.map((result) => [result.name, result.status])).toEqual([
      ['faulty.hang', 'timeout'],
      ['faulty.boom', 'error'],
    ]);
    expect(behaviour.record.toolOutputs).toEqual([
      'The call to faulty.hang did not finish: it timed out after 2000 ms.',
      'The call to faulty.boom failed: the disk is on fire',
    ]);
    expect(heard.every((ms) => ms > 500)).toBe(true);
    await inRoom.stop();
  });

  it('a model that never answers: reported after the bound, the session replaced, the next turn answered', async () => {
    const echo = echoBehaviour();
    let replies = 0;
    const silentOnce: Behaviour = {
      name: 'silent-once',
      reply(context) {
        replies += 1;
        return replies === 1 ? new Promise(() => undefined) : echo.reply(context);
      },
    };
    const engine = await startEngine({ behaviour: silentOnce });
    engines.push(engine);
    const loaded = definition('name: patient\nmodel: { provider: local }\n');
    const alice = await stack.join('no-answer', 'alice');
    const inRoom = await stack.start('no-answer', loaded, engine, {
      modelSession: (options, logger) =>
        new RealtimeModelSession({ ...options, responseTimeoutMs: 5_000 }, { logger }),
    });
    await until(() => inRoom.agent.state === 'listening', 'the session to open');

    const spokeUntil = await alice.speak(speechWav('question'));
    const turnEndedAt = performance.now();
    const unanswered = await alice.untilAgentDone({ sinceMs: spokeUntil, giveUpMs: 4_000 });
    await until(() => inRoom.of('error').length > 0, 'the report', 15_000);
    const reportedAfterMs = performance.now() - turnEndedAt;
    await until(
      () => handovers(inRoom.events).length > 0 && inRoom.agent.state === 'listening',
      'the recovery',
    );
    const next = await turn(alice);

    const [error] = inRoom.of('error');
    console.info(
      `never answers: reported ${Math.round(reportedAfterMs)} ms after the turn ended (${error?.code}), session replaced, next turn answered with ${Math.round(next)} ms of speech`,
    );
    expect(unanswered).toBe(0);
    expect(error).toMatchObject({
      code: 'MODEL_NO_ANSWER',
      message: expect.stringMatching(/within 50\d\d ms/),
    });
    expect(handovers(inRoom.events)).toEqual([
      expect.objectContaining({ kind: 'reconnect', rerequested: false }),
    ]);
    expect(next).toBeGreaterThan(500);
    await inRoom.stop();
  });
});
