// Scenario: the embedding example (examples/embed-backend.ts) runs as a product's backend would, importing
// the package by its name through the `exports` map, against a real LiveKit server. It starts a worker,
// puts plain-echo into a room and prints a token; a user joins with that token, hears the agent greet
// and answer, and the example prints the room's events (the agent joining, its states, the user's and
// the agent's transcript lines, usage) without any HTTP layer.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AGENT_DEFINITION_ATTRIBUTE } from '../../src/dispatch/room-agents.js';
import { VoiceParticipant } from '../../src/room/voice-participant.js';
import { speechWav } from '../fixtures/speech.js';
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
    // The greeting, then an answer to what the user says.
    expect(await user.untilAgentDone({ sinceMs: 0, quietMs: 1_000, giveUpMs: 60_000 })).toBeGreaterThan(0);
    await expect
      .poll(() => printed().some((line) => line.type === 'state' && line.data?.state === 'listening'), {
        timeout: 60_000,
      })
      .toBe(true);
    const spokeAt = await user.speak(speechWav('hello', '48k'));
    expect(
      await user.untilAgentDone({ sinceMs: spokeAt, quietMs: 1_500, giveUpMs: 90_000 }),
      example.lines
        .filter((line) => line.startsWith('{"kind"'))
        .join('\n')
        .slice(-4_000),
    ).toBeGreaterThan(1_000);

    await expect.poll(() => printed().some((line) => line.type === 'usage'), { timeout: 30_000 }).toBe(true);
    const events = printed().filter((line) => line.kind === 'event');
    expect(events[0]).toMatchObject({ type: 'agent_joined', agent: 'plain-echo' });
    const types = events.map((line) => line.type);
    expect(types).toEqual(expect.arrayContaining(['state', 'turn', 'transcript', 'usage']));
    // Transcript lines name their speaker: the user's own line and the agent's.
    const speakers = events
      .filter((line) => line.type === 'transcript')
      .map((line) => (line.data as { speaker?: { identity?: string } }).speaker?.identity);
    expect(speakers).toContain('user-1');
  });
});
