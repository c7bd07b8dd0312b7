// Scenario: the LiveKit server learns how each job ended from the worker, read back from the server's own
// log. An agent that ends by itself (its 10 s max_duration passes while Alice is still there) is reported a
// success before it leaves, so the server does not take its leaving as a failure; a dispatch naming an
// agent that does not exist is reported failed, with the reason.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dispose } from '@livekit/rtc-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VoiceParticipant } from '../../src/room/voice-participant.js';
import { startTestLiveKit, type TestLiveKit } from '../harness/livekit.js';
import { type CliRun, runCli } from '../harness/worker.js';

const AGENT = 'status-test';

describe('job status reported to the LiveKit server', { timeout: 120_000 }, () => {
  let livekit: TestLiveKit;
  let worker: CliRun;
  const serverLog: string[] = [];

  /** The job the worker was assigned for `room`. */
  async function jobOf(room: string): Promise<string> {
    const line = await worker.waitFor(new RegExp(`"room":"${room}".*"job assigned"`));
    return (JSON.parse(line) as { job: string }).job;
  }

  /** The server's "job ended" line for `job`, once it logged one. */
  async function serverEnded(job: string): Promise<string> {
    let found: string | undefined;
    await expect
      .poll(() => (found = serverLog.find((line) => line.includes('job ended') && line.includes(job))), {
        timeout: 20_000,
        interval: 250,
      })
      .toBeDefined();
    return found!;
  }

  beforeAll(async () => {
    const agents = await mkdtemp(join(tmpdir(), 'status-agents-'));
    await writeFile(
      join(agents, 'brief.yaml'),
      'name: brief\nmodel: { provider: local, behaviour: echo }\nlimits: { max_duration: 10s }\n',
    );
    livekit = await startTestLiveKit({ serverLog: (line) => serverLog.push(line) });
    worker = runCli('start', {
      LIVEKIT_URL: livekit.url,
      LIVEKIT_API_KEY: livekit.apiKey,
      LIVEKIT_API_SECRET: livekit.apiSecret,
      AGENT_NAME: AGENT,
      AGENTS_DIR: agents,
      AGENT_DEFINITION: 'brief',
    });
    await worker.waitFor(/worker registered/, 60_000);
  });

  afterAll(async () => {
    await worker?.stop();
    await livekit?.close();
    await dispose();
  });

  it('an agent that ends by itself: reported a success, before it leaves', async () => {
    await livekit.rooms.createRoom({ name: 'brief-room' });
    await livekit.dispatches.createDispatch('brief-room', AGENT);
    const alice = new VoiceParticipant();
    await alice.join(livekit.url, await livekit.token('brief-room', 'alice'));
    const job = await jobOf('brief-room');
    await worker.waitFor(/"room":"brief-room".*"joined the room"/);

    const ended = await serverEnded(job);
    expect(ended).toContain('JS_SUCCESS');
    expect(ended).not.toContain('agent worker left the room');
    await alice.leave();
  });

  it('a dispatch naming an unknown agent: reported failed, with the reason', async () => {
    await livekit.rooms.createRoom({ name: 'unknown-room' });
    await livekit.dispatches.createDispatch('unknown-room', AGENT, {
      metadata: JSON.stringify({ agent: 'nobody' }),
    });
    const job = await jobOf('unknown-room');
    const ended = await serverEnded(job);
    expect(ended).toContain('JS_FAILED');
    expect(ended).toContain('no valid agent definition named');
  });
});
