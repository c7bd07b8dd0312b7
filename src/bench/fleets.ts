// Who puts agents into bench rooms, behind one interface, so every suite measures this project, the
// floor and the peer the same way: place an agent with a role in a room (the dispatch request), take it
// out, and name the processes whose CPU and memory are the framework's.
//   project  an agent host process running runAgent for every room it is told to join. When the dense
//            job host lands, this becomes its worker, and `place` a LiveKit dispatch to it (as the peer's).
//   floor    the same kind of host process running the bare floor agent.
//   peer     LiveKit's AgentServer worker process (and the job and inference processes it starts),
//            placed by LiveKit dispatches.
//   worker   this project's worker (`pnpm start`) and its job hosts, running the `echo` agent (its local
//            engine inside the job hosts) linked to the first speaker (the talker, not the listener who
//            joins beside it), placed by LiveKit dispatches. Roles do not apply to it.
//   dispatched  the same worker running the bench's agent for each role on the bench's engine, placed by
//            LiveKit dispatches: the product's whole path from a dispatch request to a speaking agent.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Logger } from '../telemetry/log.js';
import { BENCH_ENGINE_KEY_VARIABLE, benchDefinitionFile } from './bench-agents.js';
import type { BenchLiveKit } from './bench-livekit.js';
import { AGENT_ROLES, type AgentRole, PEER_AGENT_NAME, type PeerMetadata } from './bench-roles.js';
import { BenchChild } from './child-process.js';
import type { HostCommand, HostReport } from './host-protocol.js';
import { processTree } from './process-usage.js';

export type FleetName = 'project' | 'floor' | 'peer' | 'worker' | 'dispatched';

export interface AgentFleet {
  readonly name: FleetName;
  /** The processes to measure (their descendants count too). */
  pids(): number[];
  /** Asks for an agent with `role` in `room`, hearing `talker`; resolves once asked (it joins after). */
  place(room: string, role: AgentRole, talker: string): Promise<void>;
  /** Takes the agent out of `room`. */
  remove(room: string): Promise<void>;
  /** Resolves once the fleet is as ready for a new room as when it started (warm). */
  settled(): Promise<void>;
  /** Why an agent did not join `room`, if the fleet knows. */
  failure(room: string): string | undefined;
  close(): Promise<void>;
}

interface FleetContext {
  livekit: BenchLiveKit;
  logger: Logger;
}

/** The project's or the floor's agent host process, on the engine at `engineUrl`. */
export async function startHostFleet(
  name: 'project' | 'floor',
  engineUrl: string,
  { livekit, logger }: FleetContext,
): Promise<AgentFleet> {
  const host = new BenchChild<HostReport>('src/bench/agent-host.ts', {
    name: `${name} agent host`,
    args: [name],
    env: { ENGINE_URL: engineUrl, LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn' },
    logger,
  });
  await host.next((report) => (report.type === 'ready' ? true : undefined), 'ready');
  const failures = new Map<string, string>();
  host.onMessage((report) => {
    if (report.type === 'failed') {
      failures.set(report.room, report.message);
      logger.error({ room: report.room, fleet: name }, `agent did not join: ${report.message}`);
    }
  });
  const send = (command: HostCommand) => host.send(command);
  return {
    name,
    pids: () => [host.pid],
    async place(room, role) {
      const token = await livekit.agentToken(room, `${name}-agent-${room}`);
      send({ type: 'join', room, url: livekit.credentials.url, token, role });
    },
    async remove(room) {
      const left = host.next(
        (report) =>
          report.type !== 'ready' && report.room === room && report.type !== 'joined' ? true : undefined,
        `leaving ${room}`,
      );
      send({ type: 'leave', room });
      await left;
    },
    settled: async () => undefined,
    failure: (room) => failures.get(room),
    close: () => host.stop(),
  };
}

/** What a worker last warned about (its JSON log lines at warn or above), if anything. */
function workerTrouble(output: string, worker = 'the peer worker'): string | undefined {
  const lines = output
    .split('\n')
    .filter((line) => /"level":(40|50|60)\b/.test(line))
    .slice(-3)
    .map((line) => {
      try {
        const entry = JSON.parse(line) as {
          msg?: string;
          error?: { message?: string };
          err?: { message?: string };
        };
        return [entry.msg, entry.error?.message ?? entry.err?.message].filter(Boolean).join(': ');
      } catch {
        return line.slice(0, 200);
      }
    });
  return lines.length > 0 ? `${worker} logged: ${lines.join('; ')}` : undefined;
}

/** The peer's worker process, registered on the bench's server, its agents on the engine at `engineHttpUrl`. */
export async function startPeerFleet(
  engineHttpUrl: string,
  { livekit, logger }: FleetContext,
): Promise<AgentFleet> {
  const { url, apiKey, apiSecret } = livekit.credentials;
  const worker = new BenchChild<{ type: string }>('src/bench/peer-worker.ts', {
    name: 'peer worker',
    env: {
      LIVEKIT_URL: url,
      LIVEKIT_API_KEY: apiKey,
      LIVEKIT_API_SECRET: apiSecret,
      ENGINE_HTTP_URL: engineHttpUrl,
      LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
    },
    logger,
  });
  await worker.next((message) => (message.type === 'registered' ? true : undefined), 'registration', 120_000);
  // Warm: the worker's idle job processes and its inference process are up when their count holds still.
  const processes = () => processTree([worker.pid]).length;
  const steady = async () => {
    let last = -1;
    let stableSince = performance.now();
    const deadline = performance.now() + 60_000;
    while (performance.now() < deadline) {
      const count = processes();
      if (count !== last) {
        last = count;
        stableSince = performance.now();
      } else if (performance.now() - stableSince > 3_000) return count;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    return last;
  };
  const warmCount = await steady();
  return {
    name: 'peer',
    pids: () => [worker.pid],
    async place(room, role, talker) {
      const metadata: PeerMetadata = { role, talker };
      await livekit.dispatches.createDispatch(room, PEER_AGENT_NAME, { metadata: JSON.stringify(metadata) });
    },
    async remove(room) {
      // A LiveKit job ends when its room goes away.
      await livekit.rooms.deleteRoom(room).catch(() => undefined);
    },
    async settled() {
      const deadline = performance.now() + 60_000;
      while (performance.now() < deadline && processes() !== warmCount)
        await new Promise((resolve) => setTimeout(resolve, 250));
      await steady();
    },
    failure: () => workerTrouble(worker.output()),
    close: () => worker.stop(),
  };
}

/** The worker's name on the bench's server. */
const WORKER_AGENT_NAME = 'bench-worker';

/**
 * This project's worker (`src/cli/start.ts`) with `env` (WORKER_ISOLATION, WORKER_HOSTS, …), running
 * `echo` (its own local engine), or with `engineUrl` the bench's agent for each role on that engine.
 */
export async function startWorkerFleet(
  env: Record<string, string>,
  { livekit, logger }: FleetContext,
  engineUrl?: string,
): Promise<AgentFleet> {
  const { url, apiKey, apiSecret } = livekit.credentials;
  const agentsDir = await mkdtemp(join(tmpdir(), 'bench-agents-'));
  if (engineUrl) {
    for (const role of AGENT_ROLES) {
      const file = benchDefinitionFile(role, engineUrl);
      await writeFile(join(agentsDir, file.name), file.text);
    }
  } else {
    // `echo` links the first participant to join, which in a bench room may be the silent listener.
    const echo = await readFile(fileURLToPath(new URL('../../agents/echo.yaml', import.meta.url)), 'utf8');
    await writeFile(join(agentsDir, 'echo.yaml'), echo.replace('link: first-joined', 'link: first-speaker'));
  }
  const worker = new BenchChild('src/cli/start.ts', {
    name: 'worker',
    env: {
      LIVEKIT_URL: url,
      LIVEKIT_API_KEY: apiKey,
      LIVEKIT_API_SECRET: apiSecret,
      AGENT_NAME: WORKER_AGENT_NAME,
      AGENT_DEFINITION: engineUrl ? 'bench-greeter' : 'echo',
      [BENCH_ENGINE_KEY_VARIABLE]: 'bench',
      AGENTS_DIR: agentsDir,
      WORKER_MAX_JOBS: '500',
      // Info, for the line that says it registered and where its health endpoint is.
      LOG_LEVEL: 'info',
      ...env,
    },
    logger,
  });
  const [, health] = await worker.line(/"health":"([^"]+)".*worker registered/, 120_000);
  const jobs = async () => ((await (await fetch(`${health}/worker`)).json()) as { jobs: number }).jobs;
  return {
    name: engineUrl ? 'dispatched' : 'worker',
    pids: () => [worker.pid],
    async place(room, role) {
      await livekit.dispatches.createDispatch(room, WORKER_AGENT_NAME, {
        metadata: JSON.stringify({ agent: engineUrl ? `bench-${role}` : 'echo' }),
      });
    },
    async remove(room) {
      // A LiveKit job ends when its room goes away.
      await livekit.rooms.deleteRoom(room).catch(() => undefined);
    },
    async settled() {
      const deadline = performance.now() + 60_000;
      while (performance.now() < deadline && (await jobs()) > 0)
        await new Promise((resolve) => setTimeout(resolve, 250));
    },
    failure: () => workerTrouble(worker.output(), "this project's worker"),
    async close() {
      await worker.stop();
      await rm(agentsDir, { recursive: true, force: true });
    },
  };
}
