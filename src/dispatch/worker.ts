// The agent worker: registers with the LiveKit server under AGENT_NAME and under every definition's own
// name (LiveKit's agent protocol, one connection per name, spoken by worker-connection.ts), claims each
// offered job before accepting it so a room never gets a second copy of an agent (room-claim.ts), runs
// the jobs on its job host processes (host-pool.ts), reports each job's status and its own load (jobs in
// use over WORKER_MAX_JOBS), takes the rooms of a host that died again on another host, and drains on
// shutdown. Its settings come from the environment, read here and only here.
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { AvailabilityRequest, JobAssignment, JobTermination } from '@livekit/protocol';
import { z } from 'zod';
import { parseDuration } from '../definition/duration.js';
import { FrameworkError } from '../errors.js';
import { type Logger, log } from '../telemetry/log.js';
import { DEFAULT_DEFINITION } from './agent-request.js';
import type { LiveKitCredentials } from './credentials.js';
import { DEFAULT_DISPATCH_GRACE_MS } from './dispatcher.js';
import { type HealthEndpoint, startHealthEndpoint } from './health.js';
import type { JobSpec } from './host-messages.js';
import { HostPool, type HostPoolEvents, type Isolation } from './host-pool.js';
import { preflight } from './preflight.js';
import {
  AGENT_DEFINITION_ATTRIBUTE,
  AGENT_DISPATCH_ATTRIBUTE,
  LIVEKIT_AGENT_NAME_ATTRIBUTE,
} from './room-agents.js';
import { type JobOffer, RoomClaims } from './room-claim.js';
import { serverApi } from './server-api.js';
import { WorkerConnection } from './worker-connection.js';

export const DEFAULT_AGENT_NAME = 'roomvoice';
const PROJECT_DIR = fileURLToPath(new URL('../../', import.meta.url));
/** This package's version, which the worker registers with. */
const VERSION = (createRequire(import.meta.url)('../../package.json') as { version: string }).version;

/** How long an accepted job may wait for its assignment before its slot is freed. */
const ASSIGNMENT_TIMEOUT_MS = 10_000;
/** How often a job whose host died is started again before it is reported failed. */
const MAX_RESTARTS = 2;
/**
 * How long after a host died a termination of its jobs is taken as the server noticing the dead host's
 * participant leave (it ends the job as failed), not as a request to end a job that already runs again.
 */
const LOST_HOST_TERMINATION_MS = 15_000;
/**
 * Reconnecting after the server connection is lost: the first attempt after half a second, each next
 * one after twice the delay (at most 5 s), until the server has been unreachable for two minutes.
 */
const RECONNECT_FIRST_DELAY_MS = 500;
const RECONNECT_MAX_DELAY_MS = 5_000;
const RECONNECT_GIVE_UP_MS = 120_000;

export interface WorkerOptions {
  credentials: LiveKitCredentials;
  /** The name dispatches use to reach this worker (explicit dispatch). */
  agentName: string;
  /** Port of the worker's health endpoint on 127.0.0.1; 0 picks a free one. */
  healthPort: number;
  /** Rooms this worker takes at once; its reported load is jobs in use over this. */
  maxJobs: number;
  /** `host`: rooms share job host processes; `process`: each job runs in a process of its own. */
  isolation: Isolation;
  /** Job host processes (isolation `host`). */
  hosts: number;
  /** How long a drain waits for rooms to finish before ending them. */
  drainTimeoutMs: number;
  agentsDir: string;
  /** The definition a job runs when its dispatch names none. */
  defaultAgent: string;
  /** Definition names the worker also registers under, each dispatchable by its own name. */
  definitions: readonly string[];
  /** How long a dispatch counts as on its way when judging duplicates (room-agents.ts). */
  dispatchGraceMs: number;
}

const wholeNumber = (min: number) =>
  z
    .string()
    .regex(/^\d+$/, 'must be a whole number')
    .transform(Number)
    .refine((n) => n >= min, `must be at least ${min}`);

const workerEnvSchema = z.object({
  AGENT_NAME: z.string().optional(),
  AGENT_DEFINITION: z.string().optional(),
  AGENTS_DIR: z.string().optional(),
  NODE_ENV: z.string().optional(),
  WORKER_HEALTH_PORT: wholeNumber(0)
    .refine((n) => n < 65_536, 'must be a port number')
    .optional(),
  WORKER_MAX_JOBS: wholeNumber(1).optional(),
  WORKER_HOSTS: wholeNumber(1).optional(),
  WORKER_ISOLATION: z.enum(['host', 'process'], { error: 'must be host or process' }).optional(),
  WORKER_DRAIN_TIMEOUT: z
    .string()
    .refine((text) => parseDuration(text) !== undefined, 'must be a duration such as 30s, 10m or 1h')
    .transform((text) => parseDuration(text)!)
    .optional(),
  ROOMVOICE_DISPATCH_GRACE: z
    .string()
    .refine((text) => (parseDuration(text) ?? 0) >= 1_000, 'must be a duration of at least 1s, such as 15s')
    .transform((text) => parseDuration(text)!)
    .optional(),
});

export function workerOptionsFromEnv(
  credentials: LiveKitCredentials,
  env: NodeJS.ProcessEnv = process.env,
): WorkerOptions {
  const set = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''));
  const parsed = workerEnvSchema.safeParse(set);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const name = String(issue.path[0]);
    throw new FrameworkError('CONFIG_INVALID', `${name} "${env[name]}" ${issue.message}`);
  }
  const vars = parsed.data;
  const production = vars.NODE_ENV === 'production';
  return {
    credentials,
    agentName: vars.AGENT_NAME ?? DEFAULT_AGENT_NAME,
    healthPort: vars.WORKER_HEALTH_PORT ?? 0,
    maxJobs: vars.WORKER_MAX_JOBS ?? availableParallelism() * 4,
    isolation: vars.WORKER_ISOLATION ?? 'host',
    hosts: vars.WORKER_HOSTS ?? availableParallelism(),
    drainTimeoutMs: vars.WORKER_DRAIN_TIMEOUT ?? (production ? 10 * 60_000 : 10_000),
    agentsDir: vars.AGENTS_DIR ?? `${PROJECT_DIR}agents`,
    defaultAgent: vars.AGENT_DEFINITION ?? DEFAULT_DEFINITION,
    definitions: [],
    dispatchGraceMs: vars.ROOMVOICE_DISPATCH_GRACE ?? DEFAULT_DISPATCH_GRACE_MS,
  };
}

/** A job from the moment this worker accepts it until it ends. */
interface BookedJob {
  id: string;
  /** The registered name the job was offered under: its answers go back on that connection. */
  via: string;
  offer: JobOffer;
  state: 'claiming' | 'accepted' | 'starting' | 'running';
  /** The worker or the server asked the job to end (its dispatch stays as it is). */
  stopping?: boolean;
  spec?: JobSpec;
  restarts: number;
  /** The definition the claim resolved (undefined: metadata the job will refuse, and report). */
  agent?: string;
  /** When its host last died (ms, performance clock). */
  lostAt?: number;
  /** Started again after its host died, and not running yet. */
  resuming?: boolean;
  assignmentTimer?: NodeJS.Timeout;
}

export interface RunningWorker {
  /** The health endpoint's port on 127.0.0.1. */
  healthPort: number;
  /** Settles when the worker stops: resolves on close, rejects if it lost the server or its hosts for good. */
  done: Promise<void>;
  /** Stops taking jobs, lets the rooms finish (ending those left after the drain timeout), then closes. */
  drain(): Promise<void>;
  /** Ends every room now and closes. */
  close(): Promise<void>;
}

class AgentWorker implements RunningWorker {
  readonly #options: WorkerOptions;
  readonly #logger: Logger;
  readonly #pool: HostPool;
  readonly #jobs = new Map<string, BookedJob>();
  readonly #claims: RoomClaims;
  /** One registration per name: the general name first, then each definition's. */
  readonly #connections = new Map<string, WorkerConnection>();
  #health: HealthEndpoint | undefined;
  #draining = false;
  #closing: Promise<void> | undefined;
  #lastLoad = '';
  #settle: { resolve: () => void; reject: (error: Error) => void } = {
    resolve: () => undefined,
    reject: () => undefined,
  };
  #jobsChanged: () => void = () => undefined;
  readonly done = new Promise<void>((resolve, reject) => {
    this.#settle = { resolve, reject };
  });

  constructor(options: WorkerOptions) {
    this.#options = options;
    this.#logger = log().child({ component: 'worker', agent: options.agentName });
    this.#pool = new HostPool({
      isolation: options.isolation,
      hosts: options.hosts,
      config: { agentsDir: options.agentsDir, defaultAgent: options.defaultAgent, projectDir: PROJECT_DIR },
      logger: this.#logger,
    });
    this.#pool.on('job', (report) => this.#onJobReport(report));
    this.#pool.on('host_lost', (lost) => this.#onHostLost(lost));
    this.#pool.on('broken', ({ error }) => void this.#fail(error));
    this.#claims = new RoomClaims(
      serverApi(options.credentials),
      { generalName: options.agentName, fallback: options.defaultAgent },
      options.dispatchGraceMs,
      this.#logger.child({ component: 'room-claim' }),
    );
  }

  /** The names this worker registers under: the general name, then every definition's own. */
  get #names(): string[] {
    const { agentName, definitions } = this.#options;
    return [agentName, ...definitions.filter((name) => name !== agentName)];
  }

  get healthPort(): number {
    return this.#health?.port ?? 0;
  }

  /**
   * Checks the server and credentials, starts the job hosts, then registers; resolves true once registered.
   * Stopped meanwhile (drain, close), it resolves false.
   */
  async start(): Promise<boolean> {
    try {
      await preflight(this.#options.credentials);
      this.#health = await startHealthEndpoint(this.#options.healthPort, () => this.#state());
      // Registered means ready: the server offers jobs once the hosts can run them.
      await this.#pool.start();
      if (this.#closing) return false;
      const connections = await Promise.allSettled(this.#names.map((name) => this.#open(name)));
      const opened = connections.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
      const refused = connections.find((result) => result.status === 'rejected');
      if (this.#closing || refused) {
        for (const connection of opened) connection.close();
        if (refused) throw refused.reason;
        return false;
      }
      for (const [index, name] of this.#names.entries()) this.#connect(name, opened[index]!);
      return true;
    } catch (error) {
      if (this.#closing) return false;
      this.#closing = Promise.resolve();
      await this.#pool.close('the worker did not start', 5_000);
      await this.#health?.close();
      throw error;
    }
  }

  drain(): Promise<void> {
    if (this.#closing) return this.#closing;
    this.#draining = true;
    this.#reportLoad();
    this.#logger.info(
      { rooms: this.#jobs.size, timeoutMs: this.#options.drainTimeoutMs },
      'draining: no new jobs; waiting for the rooms to finish',
    );
    return this.#shutdown(this.#options.drainTimeoutMs);
  }

  close(): Promise<void> {
    this.#draining = true;
    return this.#closing ?? this.#shutdown(0);
  }

  /** Waits up to `waitMs` for the rooms to finish, ends the rest, stops; settles `done` (rejects with `error`). */
  #shutdown(waitMs: number, error?: Error): Promise<void> {
    this.#closing ??= (async () => {
      if (!(await this.#whenIdle(waitMs))) {
        this.#logger.info({ rooms: this.#jobs.size }, 'ending the rooms still running');
        for (const job of this.#jobs.values()) this.#stop(job, 'the worker is shutting down');
        await this.#whenIdle(15_000);
      }
      await this.#pool.close('the worker is shutting down');
      for (const connection of this.#connections.values()) connection.close();
      await this.#health?.close();
      this.#logger.info('worker stopped');
      if (error) this.#settle.reject(error);
      else this.#settle.resolve();
    })();
    return this.#closing;
  }

  /** Resolves true once no job is left, or false after `ms`. */
  #whenIdle(ms: number): Promise<boolean> {
    if (this.#jobs.size === 0) return Promise.resolve(true);
    return new Promise((resolve) => {
      const timer = setTimeout(() => resolve(this.#jobs.size === 0), ms);
      this.#jobsChanged = () => {
        if (this.#jobs.size > 0) return;
        clearTimeout(timer);
        resolve(true);
      };
    });
  }

  async #fail(error: Error): Promise<void> {
    if (this.#closing) return;
    this.#logger.error({ err: error }, 'the worker cannot go on');
    this.#draining = true;
    await this.#shutdown(0, error);
  }

  #open(agentName: string): Promise<WorkerConnection> {
    return WorkerConnection.open(
      this.#options.credentials,
      { agentName, version: VERSION },
      this.#logger.child({ registration: agentName }),
    );
  }

  #connect(name: string, connection: WorkerConnection): void {
    this.#connections.set(name, connection);
    this.#lastLoad = '';
    this.#reportLoad();
    connection.on('availability', (request) => void this.#onOffer(name, request));
    connection.on('assignment', (assignment) => this.#onAssignment(assignment));
    connection.on('termination', (termination) => this.#onTermination(termination));
    connection.on('closed', ({ error }) => {
      if (error && !this.#closing) void this.#reconnect(name, error);
    });
  }

  async #reconnect(name: string, cause: Error): Promise<void> {
    const lostAt = performance.now();
    this.#logger.warn(
      { err: cause, rooms: this.#jobs.size, registration: name },
      'lost the LiveKit server; reconnecting',
    );
    let delayMs = RECONNECT_FIRST_DELAY_MS;
    for (let attempt = 1; ; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, delayMs));
      if (this.#closing) return;
      try {
        this.#connect(name, await this.#open(name));
        this.#logger.info(
          {
            rooms: this.#jobs.size,
            registration: name,
            attempts: attempt,
            downMs: Math.round(performance.now() - lostAt),
          },
          'registered again with the LiveKit server',
        );
        return;
      } catch (error) {
        cause = error as Error;
      }
      if (this.#closing) return;
      if (performance.now() - lostAt >= RECONNECT_GIVE_UP_MS) break;
      delayMs = Math.min(delayMs * 2, RECONNECT_MAX_DELAY_MS);
      this.#logger.debug({ err: cause, attempt, delayMs }, 'the LiveKit server is still unreachable');
    }
    await this.#fail(cause);
  }

  /**
   * Books a slot for an offered job, claims its room for the definition (declining a duplicate and
   * withdrawing its dispatch), then accepts it as that definition's agent.
   */
  async #onOffer(via: string, request: AvailabilityRequest): Promise<void> {
    const job = request.job;
    const connection = this.#connections.get(via);
    if (!job || !connection) return;
    const logger = this.#logger.child({ job: job.id, room: job.room?.name, registration: via });
    if (this.#draining || this.#jobs.size >= this.#options.maxJobs) {
      logger.info(
        { jobs: this.#jobs.size, maxJobs: this.#options.maxJobs, draining: this.#draining },
        'declined a job: no room for it',
      );
      connection.answerOffer(job.id);
      return;
    }
    const booked: BookedJob = { id: job.id, via, offer: job, state: 'claiming', restarts: 0 };
    this.#jobs.set(job.id, booked);
    this.#reportLoad();
    const claim = await this.#claims.decide(job);
    if (this.#jobs.get(job.id) !== booked) return; // shut down meanwhile
    if (!claim.join) {
      logger.info({ reason: claim.reason }, 'declined a job: duplicate');
      connection.answerOffer(job.id);
      this.#forget(job.id);
      this.#claims.withdraw(job);
      return;
    }
    booked.state = 'accepted';
    booked.agent = claim.agent;
    booked.assignmentTimer = setTimeout(() => {
      if (this.#jobs.get(job.id) !== booked || booked.state !== 'accepted') return;
      logger.warn(
        { timeoutMs: ASSIGNMENT_TIMEOUT_MS },
        'an accepted job was never assigned; freeing its slot',
      );
      this.#forget(job.id);
    }, ASSIGNMENT_TIMEOUT_MS);
    connection.answerOffer(job.id, {
      identity: `agent-${job.id}`,
      name: claim.agent ?? via,
      attributes: {
        [LIVEKIT_AGENT_NAME_ATTRIBUTE]: via,
        ...(job.dispatchId ? { [AGENT_DISPATCH_ATTRIBUTE]: job.dispatchId } : {}),
        ...(claim.agent ? { [AGENT_DEFINITION_ATTRIBUTE]: claim.agent } : {}),
      },
    });
  }

  #onAssignment(assignment: JobAssignment): void {
    const job = assignment.job;
    const booked = job && this.#jobs.get(job.id);
    if (!job || !booked || booked.state !== 'accepted') {
      this.#logger.warn({ job: job?.id }, 'ignored an assignment for a job this worker did not accept');
      return;
    }
    clearTimeout(booked.assignmentTimer);
    booked.state = 'starting';
    booked.spec = {
      id: job.id,
      room: job.room?.name ?? '',
      metadata: job.metadata,
      agent: booked.agent,
      url: assignment.url || this.#options.credentials.url,
      token: assignment.token,
    };
    const host = this.#pool.run(booked.spec);
    if (host === undefined) {
      this.#endUnrun(booked, 'the worker is shutting down');
      return;
    }
    this.#logger.info({ job: job.id, room: booked.spec.room, host }, 'job assigned');
  }

  #onTermination(termination: JobTermination): void {
    const booked = this.#jobs.get(termination.jobId);
    if (!booked) return;
    const logger = this.#logger.child({ job: booked.id, room: booked.spec?.room });
    if (booked.lostAt !== undefined && performance.now() - booked.lostAt < LOST_HOST_TERMINATION_MS) {
      logger.info("the LiveKit server ended the job when its dead host's participant left; it runs on");
      return;
    }
    logger.info('the LiveKit server ended the job');
    if (booked.spec) this.#stop(booked, 'the LiveKit server ended the job');
    else this.#forget(booked.id);
  }

  #onJobReport(report: HostPoolEvents['job']): void {
    const booked = this.#jobs.get(report.jobId);
    if (!booked) return;
    const logger = this.#logger.child({ job: booked.id, room: booked.spec?.room });
    if (report.status === 'running') {
      booked.state = 'running';
      this.#connectionOf(booked)?.updateJob(booked.id, 'running');
      if (booked.resuming && booked.lostAt !== undefined) {
        logger.info(
          { downMs: Math.round(performance.now() - booked.lostAt), restarts: booked.restarts },
          'job running again after its host died',
        );
        booked.resuming = false;
      }
      return;
    }
    this.#connectionOf(booked)?.updateJob(booked.id, report.status, report.error);
    logger.info({ status: report.status, error: report.error }, 'job ended');
    // An agent that ended on its own (limits, a tool, the room emptied) or could not start takes its
    // dispatch with it, so the reconciling sweep only brings back agents whose job died.
    if (!booked.stopping) this.#claims.withdraw(booked.offer);
    this.#forget(booked.id);
  }

  #onHostLost(lost: HostPoolEvents['host_lost']): void {
    for (const spec of lost.jobs) {
      const booked = this.#jobs.get(spec.id);
      if (!booked) continue;
      const logger = this.#logger.child({ job: spec.id, room: spec.room });
      if (this.#closing || booked.restarts >= MAX_RESTARTS) {
        this.#endUnrun(booked, `its job host (pid ${lost.pid}) died (${lost.signal ?? `exit ${lost.code}`})`);
        continue;
      }
      booked.restarts += 1;
      booked.lostAt = performance.now();
      booked.resuming = true;
      booked.state = 'starting';
      const host = this.#pool.run(spec);
      if (host === undefined) {
        this.#endUnrun(booked, 'the worker is shutting down');
        continue;
      }
      logger.warn({ lostHost: lost.pid, host, restarts: booked.restarts }, 'job restarted on another host');
    }
  }

  /** Reports a job failed that no host runs (any more), and frees its slot. */
  #endUnrun(booked: BookedJob, error: string): void {
    this.#connectionOf(booked)?.updateJob(booked.id, 'failed', error);
    this.#logger.warn({ job: booked.id, room: booked.spec?.room, status: 'failed', error }, 'job ended');
    this.#forget(booked.id);
  }

  #stop(booked: BookedJob, reason: string): void {
    booked.stopping = true;
    this.#pool.stop(booked.id, reason);
  }

  #connectionOf(booked: BookedJob): WorkerConnection | undefined {
    return this.#connections.get(booked.via);
  }

  #forget(jobId: string): void {
    clearTimeout(this.#jobs.get(jobId)?.assignmentTimer);
    this.#jobs.delete(jobId);
    this.#reportLoad();
    this.#jobsChanged();
  }

  /** Tells the server the load when it changed: jobs in use over WORKER_MAX_JOBS, full when draining. */
  #reportLoad(): void {
    const { maxJobs } = this.#options;
    const inUse = this.#jobs.size;
    const load = Math.min(1, inUse / maxJobs);
    const full = this.#draining || inUse >= maxJobs;
    const key = `${load}/${full}`;
    if (key === this.#lastLoad) return;
    this.#lastLoad = key;
    for (const connection of this.#connections.values()) connection.updateWorker(load, full, inUse);
  }

  #state() {
    const inUse = this.#jobs.size;
    return {
      healthy:
        this.#connections.size > 0 &&
        [...this.#connections.values()].every((connection) => connection.open) &&
        !this.#closing,
      worker: {
        agentName: this.#options.agentName,
        definitions: this.#names.slice(1),
        workerId: this.#connections.get(this.#options.agentName)?.workerId,
        isolation: this.#options.isolation,
        maxJobs: this.#options.maxJobs,
        jobs: inUse,
        load: Math.min(1, inUse / this.#options.maxJobs),
        full: this.#draining || inUse >= this.#options.maxJobs,
        draining: this.#draining,
        hosts: this.#pool.summary(),
      },
    };
  }
}

/** A worker not started yet: `start()` it (a shutdown signal may `drain()` it at any time). */
export function createWorker(options: WorkerOptions): RunningWorker & { start(): Promise<boolean> } {
  return new AgentWorker(options);
}

/** Creates and starts a worker; resolves once it is registered. */
export async function startWorker(options: WorkerOptions): Promise<RunningWorker> {
  const worker = createWorker(options);
  await worker.start();
  return worker;
}
