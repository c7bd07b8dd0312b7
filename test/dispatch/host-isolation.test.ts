// Scenario: three rooms on one job host. In one, the agent's tool never returns; in another, a tool throws
// an error nobody catches (from a timer, outside its own call). The thrown error fails that room's job
// alone: its agent leaves its room and the job is reported failed. The host keeps running, the stuck
// room keeps its agent, and Alice, in the third room, still hears her words echoed.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { speechWav } from '../fixtures/speech.js';
import { type AgentRoom, startAgentRoom } from '../harness/agent-room.js';
import { pluginApi, pluginProject } from '../tools/plugin-folder.js';

/** The plugin; its `hang` tool leaves a mark in `marker` when called, then never returns. */
const faultyPlugin = (marker: string) => `${pluginApi}import { writeFileSync } from 'node:fs';
const throwLater = defineTool({
  name: 'throw_later',
  description: 'Throws from a timer, where nobody catches it.',
  parameters: z.object({}),
  execute: () => {
    setTimeout(() => {
      throw new Error('boom from a broken tool');
    }, 50);
    return 'started';
  },
});
const hang = defineTool({
  name: 'hang',
  description: 'Never returns.',
  parameters: z.object({}),
  execute: () => {
    writeFileSync(${JSON.stringify(marker)}, 'called');
    return new Promise(() => undefined);
  },
});
export default definePlugin({ name: 'faulty', tools: [throwLater, hang] });
`;

/** A scripted local agent whose first answer calls `tool`. */
function callingAgent(name: string, tool: string, scriptPath: string): string {
  return [
    `name: ${name}`,
    `model: { provider: local, behaviour: script, script: ${JSON.stringify(scriptPath)} }`,
    'turn_detection: { type: server_vad, silence_duration_ms: 500 }',
    `tools: [faulty.${tool}]`,
    'limits: { tool_timeout: 2m }',
  ].join('\n');
}

describe('one room failing in a shared job host', { timeout: 180_000 }, () => {
  let stack: AgentRoom;
  let hangMarker: string;

  beforeAll(async () => {
    const dir = await pluginProject({});
    hangMarker = join(dir, 'hang-called');
    await writeFile(join(dir, 'faulty.ts'), faultyPlugin(hangMarker));
    await writeFile(join(dir, 'throw.yaml'), 'turns:\n  - call: faulty__throw_later\n  - say: Still here.\n');
    await writeFile(join(dir, 'hang.yaml'), 'turns:\n  - call: faulty__hang\n');
    const agents = join(dir, 'agents');
    await mkdir(agents);
    await writeFile(
      join(agents, 'echo.yaml'),
      'name: echo\nmodel: { provider: local, behaviour: echo }\ngreeting: "Echo here."\n',
    );
    await writeFile(
      join(agents, 'breaker.yaml'),
      callingAgent('breaker', 'throw_later', join(dir, 'throw.yaml')),
    );
    await writeFile(join(agents, 'sticker.yaml'), callingAgent('sticker', 'hang', join(dir, 'hang.yaml')));
    stack = await startAgentRoom('isolation-test', {
      WORKER_HOSTS: '1',
      AGENTS_DIR: agents,
      ROOMVOICE_PLUGINS: join(dir, 'faulty.ts'),
    });
  });

  afterAll(() => stack?.close());

  it('fails only the room whose agent threw; the others go on', async () => {
    const alice = await stack.join('good-room', 'alice');
    await alice.untilAgentDone({ sinceMs: 0, quietMs: 1_500, giveUpMs: 20_000 }); // the greeting
    const bob = await stack.join('stuck-room', 'bob', JSON.stringify({ agent: 'sticker' }));
    const carol = await stack.join('broken-room', 'carol', JSON.stringify({ agent: 'breaker' }));
    const [host] = (await stack.state()).hosts;
    expect(host?.rooms.sort()).toEqual(['broken-room', 'good-room', 'stuck-room']);

    // Bob's request starts a tool that never returns; Carol's starts one that throws.
    await bob.speak(speechWav('short', '48k'));
    await expect
      .poll(() => readFile(hangMarker, 'utf8').catch(() => ''), { timeout: 30_000, interval: 250 })
      .toBe('called');
    const carolAgent = [...carol.room.remoteParticipants.keys()].find((id) => id.startsWith('agent-'))!;
    const carolAgentLeft = new Promise<void>((resolve) =>
      carol.room.on('participantDisconnected', (p) => p.identity === carolAgent && resolve()),
    );
    await carol.speak(speechWav('short', '48k'));
    const failed = JSON.parse(
      await stack.worker.waitFor(/"room":"broken-room".*"status":"failed"/, 30_000),
    ) as { error: string };
    expect(failed.error).toContain('boom from a broken tool');
    await carolAgentLeft;

    // The same host still carries the two other rooms, and Alice's agent still answers.
    const after = await stack.state();
    expect(after.hosts).toHaveLength(1);
    expect(after.hosts[0]?.pid).toBe(host?.pid);
    expect(after.hosts[0]?.rooms.sort()).toEqual(['good-room', 'stuck-room']);
    expect([...bob.room.remoteParticipants.keys()].some((id) => id.startsWith('agent-'))).toBe(true);

    const spokeUntil = await alice.speak(speechWav('question', '48k'));
    expect(
      await alice.untilAgentDone({ sinceMs: spokeUntil, quietMs: 1_500, giveUpMs: 20_000 }),
    ).toBeGreaterThan(1000);
    for (const person of [alice, bob, carol]) await person.leave();
  });
});
