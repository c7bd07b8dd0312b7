// The agent worker: registers with the LiveKit server through @livekit/agents' AgentServer (its
// registration, dispatch, load reporting and job processes are reused as they are) and runs job.ts in a
// child process for every room it is dispatched to.
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { AgentServer, initializeLogger, ServerOptions } from '@livekit/agents';
import type { LiveKitCredentials } from './credentials.js';
import { preflight } from './preflight.js';

export const DEFAULT_AGENT_NAME = 'roomvoice';
const JOB_MODULE = fileURLToPath(new URL('./job.ts', import.meta.url));

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
  };
}

export interface RunningWorker {
  server: AgentServer;
  /** Settles when the worker stops: resolves on close, rejects if it lost the server for good. */
  done: Promise<void>;
  close(): Promise<void>;
}

/** Checks the server and credentials, then registers; resolves once the server has accepted the worker. */
export async function startWorker(options: WorkerOptions): Promise<RunningWorker> {
  await preflight(options.credentials);
  initializeLogger({
    pretty: process.stdout.isTTY && process.env.LOG_FORMAT !== 'json',
    level: options.logLevel,
  });

  const server = new AgentServer(
    new ServerOptions({
      agent: JOB_MODULE,
      agentName: options.agentName,
      wsURL: options.credentials.url,
      apiKey: options.credentials.apiKey,
      apiSecret: options.credentials.apiSecret,
      host: '127.0.0.1',
      port: options.healthPort,
      production: options.production,
      // One job process is kept started and ready even in development, so an agent joins in about a
      // second instead of paying a fork and module load per room.
      numIdleProcesses: options.production ? undefined : 1,
      // In development a job process that does not finish shutting down within 10 s is killed, so Ctrl-C
      // never leaves one behind; production keeps LiveKit's 60 s.
      shutdownProcessTimeout: options.production ? undefined : 10_000,
      logLevel: options.logLevel,
      // The preflight already proved the server reachable; after that, a lost connection is retried a
      // few times (the server restarting), not for minutes.
      maxRetry: 3,
      // Load is the share of job slots in use. LiveKit's default (machine-wide CPU) makes the server skip
      // a worker whenever the machine is busy, even with no job of ours running on it.
      loadFunc: async (server) => server.activeJobs.length / options.maxJobs,
      loadThreshold: 1,
    }),
  );
  const registered = new Promise<void>((resolve) => server.event.once('worker_registered', () => resolve()));
  const done = server.run();
  await Promise.race([registered, done]);
  return { server, done, close: () => server.close() };
}
