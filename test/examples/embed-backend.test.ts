// Scenario: the embedding example (examples/embed-backend.ts) runs as a product's backend would, importing
// the package by its name through the `exports` map, against a real LiveKit server. It starts a worker,
// puts plain-echo into a room and prints a token; a user joins with that token and hears the agent greet
// them, and the example prints the room's events (the agent joining, its states, the session it opened
// for the user, its transcript line, usage) in order, without any HTTP layer.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AGENT_DEFINITION_ATTRIBUTE } from '../../src/dispatch/room-agents.js';
import { VoiceParticipant } from '../../src/room/voice-participant.js';
import { TEST_AGENTS } from '../harness/api-stack.js';
import { startTestLiveKit, type TestLiveKit } from '../harness/livekit.js';
import { type CliRun, runScript } from '../harness/worker.js';

const ROOM = 'embed-example';
let livekit: TestLiveKit;
let example: CliRun;
let user: VoiceParticipant;

interface Printed {
  kind: string;
  type?: string;
  agent?: string;
  identity?: string;
  data?: Record<string, unknown>;
  token?: string;
  url?: string;
  created?: boolean;
}

/** The JSON lines the example printed (its own output, not the worker's log lines). */
const printed = (): Printed[] =>
  example.lines.filter((line) => line.startsWith('{"kind"')).map((line) => JSON.parse(line) as Printed);

beforeAll(async () => {
  livekit = await startTestLiveKit();
  example = runScript(
    'examples/embed-backend.ts',
    {
      LIVEKIT_URL: livekit.url,
      LIVEKIT_API_KEY: livekit.apiKey,
      LIVEKIT_API_SECRET: livekit.apiSecret,
      AGENTS_DIR: TEST_AGENTS,
      WORKER_HOSTS: '1',
    },
    // The package imports itself by name; this condition resolves it to the sources (dist/ is for installs).
    { nodeFlags: ['--conditions=roomvoice-source'], args: [ROOM, 'plain-echo'] },
  );
}, 240_000);

afterAll(async () => {
  await user?.leave().catch(() => undefined);
  await example?.stop();
  await livekit?.close();
});

describe('the embedding example', { timeout: 240_000 }, () => {
  it('dispatches an agent, mints a token that joins the room, and prints the room events', async () => {
    await example.waitFor(/"kind":"token"/, 180_000);
    const all = printed();
    expect(all.find((line) => line.kind === 'dispatched')).toMatchObject({
      agent: 'plain-echo',
      created: true,
    });
    const { token, url } = all.find((line) => line.kind === 'token')!;
    user = new VoiceParticipant();
    await user.join(url!, token!);
    await user.waitForParticipant((p) => p.attributes[AGENT_DEFINITION_ATTRIBUTE] === 'plain-echo', 120_000);
    // The user hears the agent's greeting.
    expect(await user.untilAgentDone({ sinceMs: 0, quietMs: 1_000, giveUpMs: 60_000 })).toBeGreaterThan(500);

    // The example printed the agent's life in the room, in order, from its own process.
    await expect.poll(() => printed().some((line) => line.type === 'usage'), { timeout: 30_000 }).toBe(true);
    const events = printed().filter((line) => line.kind === 'event');
    expect(events[0]).toMatchObject({ type: 'agent_joined', agent: 'plain-echo' });
    const agentIdentity = events[0]!.identity;
    const story = events.map((line) =>
      line.type === 'state'
        ? `state:${line.data?.state}`
        : line.type === 'transcript' && line.data?.final
          ? 'line'
          : line.type,
    );
    const at = (step: string) => story.indexOf(step);
    expect(at('state:listening')).toBeGreaterThan(0);
    expect(at('session')).toBeGreaterThan(0);
    expect(at('state:speaking')).toBeGreaterThan(at('state:thinking'));
    expect(at('line')).toBeGreaterThan(at('state:speaking'));
    expect(at('usage')).toBeGreaterThan(at('state:thinking'));
    // The session the agent opened is for the user the token let in; the line is the agent's own.
    expect(events.find((line) => line.type === 'session')?.data).toMatchObject({ participant: 'user-1' });
    const line = events.find((event) => event.type === 'transcript' && event.data?.final);
    expect(line).toMatchObject({
      identity: agentIdentity,
      data: { role: 'agent', text: 'Plain echo here.' },
    });
  });
});
