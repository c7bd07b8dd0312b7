// A real LiveKit server with the real worker registered on it, for tests that put an agent in a room:
// start both, dispatch the agent into a new room with a participant in it, and stop everything after. A
// test attempt that fails stops what it started (not rtc-node itself), so a retry finds its ports free.
import { dispose } from '@livekit/rtc-node';
import { VoiceParticipant } from '../../src/room/voice-participant.js';
import { ifAttemptFails } from './attempt.js';
import { startTestLiveKit, type TestLiveKit } from './livekit.js';
import { type CliRun, runCli } from './worker.js';

/** The worker's state as its health endpoint (`GET /worker`) reports it. */
export interface WorkerState {
  workerId: string;
  isolation: 'host' | 'process';
  maxJobs: number;
  jobs: number;
  load: number;
  full: boolean;
  draining: boolean;
  hosts: { pid: number; ready: boolean; rooms: string[] }[];
}

export interface AgentRoom {
  livekit: TestLiveKit;
  worker: CliRun;
  /** The worker's state from its health endpoint. */
  state(): Promise<WorkerState>;
  /** Creates `room`, dispatches the agent (with `metadata`), joins `identity` and waits for the agent. */
  join(room: string, identity: string, metadata?: string): Promise<VoiceParticipant>;
  close(): Promise<void>;
}

/** A worker (`pnpm start`) registered with a test server. */
export interface TestWorker {
  cli: CliRun;
  /** Its health endpoint, e.g. http://127.0.0.1:PORT. */
  health: string;
  /** The worker's state from its health endpoint. */
  state(): Promise<WorkerState>;
}

/** Runs the worker against `livekit`, registered as `agentName`; resolves once it registered. */
export async function startTestWorker(
  livekit: TestLiveKit,
  agentName: string,
  env: Record<string, string> = {},
): Promise<TestWorker> {
  const cli = runCli('start', {
    LIVEKIT_URL: livekit.url,
    LIVEKIT_API_KEY: livekit.apiKey,
    LIVEKIT_API_SECRET: livekit.apiSecret,
    AGENT_NAME: agentName,
    ...env,
  });
  const registered = JSON.parse(
    await cli.waitFor(/worker registered/, 90_000).catch(async (error: unknown) => {
      await cli.stop();
      throw error;
    }),
  ) as { health: string };
  ifAttemptFails(() => cli.stop());
  return {
    cli,
    health: registered.health,
    async state() {
      return (await (await fetch(`${registered.health}/worker`)).json()) as WorkerState;
    },
  };
}

/** Starts a server and a worker registered as `agentName`; `env` reaches the worker (AGENTS_DIR, …). */
export async function startAgentRoom(
  agentName: string,
  env: Record<string, string> = {},
): Promise<AgentRoom> {
  const livekit = await startTestLiveKit();
  ifAttemptFails(() => livekit.close());
  const { cli: worker, state } = await startTestWorker(livekit, agentName, env).catch(async (error) => {
    await livekit.close();
    throw error;
  });
  return {
    livekit,
    worker,
    state,
    async join(room, identity, metadata) {
      await livekit.rooms.createRoom({ name: room });
      await livekit.dispatches.createDispatch(room, agentName, metadata === undefined ? {} : { metadata });
      const participant = new VoiceParticipant();
      await participant.join(livekit.url, await livekit.token(room, identity));
      ifAttemptFails(() => participant.leave());
      await participant
        .waitForParticipant((p) => p.identity.startsWith('agent-'))
        .catch((error: unknown) =>
          Promise.reject(new Error(`${error}; the worker logged:\n${worker.lines.join('\n')}`)),
        );
      return participant;
    },
    async close() {
      await worker.stop();
      await livekit.close();
      await dispose();
    },
  };
}
