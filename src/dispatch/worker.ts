// The agent worker: registers with the LiveKit server through @livekit/agents' AgentServer (its
// registration, dispatch, load reporting and job processes are reused as they are) and runs job.ts in a
// child process for every room it is dispatched to. It registers under its general name (AGENT_NAME,
// which runs the definition the dispatch metadata names) and under every definition's own name, and
// claims each job before accepting it, so a room never gets a second copy of an agent (room-claim.ts).
import { availableParallelism } from 'node:os';
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AgentServer, initializeLogger, type JobRequest, ServerOptions } from '@livekit/agents';
import { durationFromEnv } from '../definition/duration.js';
import { log } from '../telemetry/log.js';
import { DEFAULT_DEFINITION } from './agent-catalog.js';
import type { LiveKitCredentials } from './credentials.js';
import { DEFAULT_DISPATCH_GRACE_MS } from './dispatcher.js';
import { preflight } from './preflight.js';
import { AGENT_DEFINITION_ATTRIBUTE } from './room-agents.js';
import { RoomClaims } from './room-claim.js';
import { serverApi } from './server-api.js';

export const DEFAULT_AGENT_NAME = 'roomvoice';
// job.ts from source (tsx), job.js from the built package.
const JOB_MODULE = fileURLToPath(new URL(`./job${extname(fileURLToPath(import.meta.url))}`, import.meta.url));

export interface WorkerOptions {
  credentials: LiveKitCredentials;
  /** The name dispatches use to reach this worker (explicit dispatch). */
  agentName: string;
  logLevel: string;
  /** Port of the worker's health endpoint on 127.0.0.1; 0 picks a free one. */
  healthPort: number;
  production: boolean;
  /** Rooms this worker takes at once; its reported load is running jobs over this. */
  maxJobs: number;
  /** Definition names the worker also registers under, each dispatchable by its own name. */
  definitions: readonly string[];
  /** The definition the general name runs when the dispatch metadata names none. */
  defaultDefinition: string;
  /** How long a dispatch counts as on its way when judging duplicates (room-agents.ts). */
  dispatchGraceMs: number;
  /**
   * Job processes each registration keeps started and ready (WORKER_IDLE_PROCESSES), so an agent joins in
   * about a second instead of paying a fork and module load. Default: the general name one in development
   * (LiveKit's default in production), each definition's name none in development and one in production.
   */
  idleProcesses: number | undefined;
}

export function workerOptionsFromEnv(
  credentials: LiveKitCredentials,
  env: NodeJS.ProcessEnv = process.env,
): WorkerOptions {
  return {
    credentials,
    agentName: env.AGENT_NAME || DEFAULT_AGENT_NAME,
    logLevel: env.LOG_LEVEL || 'info',
    healthPort: Number(env.WORKER_HEALTH_PORT || 0),
    production: env.NODE_ENV === 'production',
    maxJobs: Number(env.WORKER_MAX_JOBS || availableParallelism() * 4),
    definitions: [],
    defaultDefinition: env.AGENT_DEFINITION || DEFAULT_DEFINITION,
    dispatchGraceMs: durationFromEnv(env, 'ROOMVOICE_DISPATCH_GRACE', DEFAULT_DISPATCH_GRACE_MS, 1_000),
    idleProcesses: env.WORKER_IDLE_PROCESSES === undefined ? undefined : Number(env.WORKER_IDLE_PROCESSES),
  };
}

export interface RunningWorker {
  /** One registration per name: the general name first, then each definition's. */
  servers: AgentServer[];
  /** Settles when the worker stops: resolves on close, rejects if it lost the server for good. */
  done: Promise<void>;
  close(): Promise<void>;
}

/** Checks the server and credentials, then registers every name; resolves once the server has accepted all. */
export async function startWorker(options: WorkerOptions): Promise<RunningWorker> {
  await preflight(options.credentials);
  initializeLogger({
    pretty: process.stdout.isTTY && process.env.LOG_FORMAT !== 'json',
    level: options.logLevel,
  });
  const naming = { generalName: options.agentName, fallback: options.defaultDefinition };
  const claims = new RoomClaims(
    serverApi(options.credentials),
    naming,
    options.dispatchGraceMs,
    log().child({ component: 'room-claim' }),
  );
  const requestFunc = async (request: JobRequest) => {
    const claim = await claims.decide(request.job);
    if (!claim.join) {
      log().info(
        { room: request.room?.name, job: request.id, reason: claim.reason },
        'job declined: duplicate',
      );
      await request.reject();
      claims.withdraw(request.job);
      return;
    }
    await request.accept('', '', '', claim.agent ? { [AGENT_DEFINITION_ATTRIBUTE]: claim.agent } : undefined);
  };

  const names = [options.agentName, ...options.definitions.filter((name) => name !== options.agentName)];
  const servers: AgentServer[] = [];
  // Load is the share of job slots in use, over every registration of this worker. LiveKit's default
  // (machine-wide CPU) makes the server skip a worker whenever the machine is busy, even with no job of
  // ours running on it.
  const load = async () =>
    servers.reduce((jobs, server) => jobs + server.activeJobs.length, 0) / options.maxJobs;
  const registrations = names.map((agentName, index) => {
    const general = index === 0;
    const server = new AgentServer(
      new ServerOptions({
        agent: JOB_MODULE,
        agentName,
        wsURL: options.credentials.url,
        apiKey: options.credentials.apiKey,
        apiSecret: options.credentials.apiSecret,
        host: '127.0.0.1',
        // One health endpoint at the configured port; the other registrations take any free one.
        port: general ? options.healthPort : 0,
        production: options.production,
        numIdleProcesses: options.idleProcesses ?? (general ? (options.production ? undefined : 1) : options.production ? 1 : 0),
        // In development a job process that does not finish shutting down within 10 s is killed, so
        // Ctrl-C never leaves one behind; production keeps LiveKit's 60 s.
        shutdownProcessTimeout: options.production ? undefined : 10_000,
        // A development job process compiles its TypeScript as it starts, which takes far longer than
        // LiveKit's 10 s on a busy laptop; production keeps the default.
        initializeProcessTimeout: options.production ? undefined : 120_000,
        logLevel: options.logLevel,
        // The preflight already proved the server reachable; after that, a lost connection is retried a
        // few times (the server restarting), not for minutes.
        maxRetry: 3,
        loadFunc: load,
        loadThreshold: 1,
        requestFunc,
      }),
    );
    servers.push(server);
    const registered = new Promise<void>((resolve) =>
      server.event.once('worker_registered', () => resolve()),
    );
    const done = server.run();
    return { registered: Promise.race([registered, done]), done };
  });
  await Promise.all(registrations.map((registration) => registration.registered));
  const close = async () => {
    await Promise.all(servers.map((server) => server.close()));
  };
  return { servers, done: Promise.all(registrations.map((r) => r.done)).then(() => undefined), close };
}
