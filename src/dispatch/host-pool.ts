// The worker's job host processes. With isolation `host` it keeps a fixed number of hosts (one per core by
// default), each running many rooms, places each job on the least busy one and replaces a host that dies;
// with isolation `process` every job gets a process of its own, and one is kept started and ready for the
// next job. It reports job status and hosts that died with the jobs they carried; what to do about those
// jobs is the worker's call. It knows nothing of LiveKit.
import { type ChildProcess, fork } from 'node:child_process';
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { FrameworkError } from '../errors.js';
import type { Logger } from '../telemetry/log.js';
import { TypedEmitter } from '../typed-emitter.js';
import {
  type FromHost,
  fromHostSchema,
  type HostConfig,
  type JobSpec,
  type ToHost,
} from './host-messages.js';

// host-process.ts from source (tsx), host-process.js from the built package (dist/).
const HOST_ENTRY = fileURLToPath(
  new URL(`./host-process${extname(fileURLToPath(import.meta.url))}`, import.meta.url),
);

export type Isolation = 'host' | 'process';

export interface HostPoolOptions {
  isolation: Isolation;
  /** Host processes to keep (isolation `host`). */
  hosts: number;
  /** Given to every host: where definitions and plugins are. */
  config: Omit<HostConfig, 'singleJob'>;
  logger: Logger;
  /** How long a host may take to start before it counts as broken. */
  startTimeoutMs?: number;
}

export interface HostPoolEvents {
  /** A job reported its status. */
  job: Extract<FromHost, { type: 'job' }>;
  /** A host process ended without being asked to, with the jobs it still carried. */
  host_lost: { pid: number; code: number | null; signal: string | null; jobs: JobSpec[] };
  /** A host could not be started: the pool cannot work. */
  broken: { error: Error };
}

/** A host as the /worker endpoint shows it. */
export interface HostSummary {
  pid: number;
  ready: boolean;
  rooms: string[];
}

class HostProcess {
  readonly child: ChildProcess;
  readonly jobs = new Map<string, JobSpec>();
  readonly exited: Promise<void>;
  ready = false;
  /** Jobs placed here before it was ready; sent once it is. */
  readonly #queued: ToHost[] = [];
  closing = false;
  /** Its one job was given (isolation `process`): it exits after that job. */
  taken = false;

  constructor(child: ChildProcess) {
    this.child = child;
    this.exited = new Promise((resolve) => child.once('exit', () => resolve()));
  }

  get pid(): number {
    return this.child.pid ?? -1;
  }

  get alive(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  send(message: ToHost): void {
    if (!this.ready) {
      this.#queued.push(message);
      return;
    }
    if (this.child.connected) this.child.send(message);
  }

  markReady(): void {
    this.ready = true;
    for (const message of this.#queued.splice(0)) this.send(message);
  }
}

export class HostPool extends TypedEmitter<HostPoolEvents> {
  readonly #options: HostPoolOptions;
  readonly #logger: Logger;
  readonly #hosts = new Set<HostProcess>();
  #started = false;
  #closing = false;

  constructor(options: HostPoolOptions) {
    super(() => options.logger);
    this.#options = options;
    this.#logger = options.logger;
  }

  /**
   * Starts the hosts (or, with isolation `process`, the one kept ready) and waits until they are; rejects
   * if one cannot start. Later, a host that cannot start is reported as `broken`.
   */
  async start(): Promise<void> {
    const count = this.#options.isolation === 'host' ? this.#options.hosts : 1;
    await Promise.all(Array.from({ length: count }, () => this.#fork()));
    this.#started = true;
  }

  /** Runs a job on a host; returns the host's pid, or undefined once the pool is closing. */
  run(spec: JobSpec): number | undefined {
    if (this.#closing) return undefined;
    const host = this.#options.isolation === 'host' ? this.#leastBusy() : this.#takeSpare();
    host.jobs.set(spec.id, spec);
    host.send({ type: 'start', job: spec });
    return host.pid;
  }

  stop(jobId: string, reason: string): void {
    for (const host of this.#hosts) if (host.jobs.has(jobId)) host.send({ type: 'stop', jobId, reason });
  }

  summary(): HostSummary[] {
    return [...this.#hosts].map((host) => ({
      pid: host.pid,
      ready: host.ready,
      rooms: [...host.jobs.values()].map((job) => job.room),
    }));
  }

  /** Every host process id. */
  pids(): number[] {
    return [...this.#hosts].map((host) => host.pid);
  }

  /** Asks every host to end its rooms and exit; kills those still running after `timeoutMs`. */
  async close(reason: string, timeoutMs = 15_000): Promise<void> {
    this.#closing = true;
    const hosts = [...this.#hosts];
    for (const host of hosts) {
      host.closing = true;
      if (host.child.connected) host.child.send({ type: 'shutdown', reason } satisfies ToHost);
    }
    const kill = setTimeout(() => {
      for (const host of hosts) {
        if (!host.alive) continue;
        this.#logger.warn({ pid: host.pid }, 'a job host did not stop in time; killing it');
        host.child.kill('SIGKILL');
      }
    }, timeoutMs);
    await Promise.all(hosts.map((host) => host.exited));
    clearTimeout(kill);
  }

  #leastBusy(): HostProcess {
    const alive = [...this.#hosts].filter((host) => host.alive && !host.closing);
    const ready = alive.filter((host) => host.ready);
    const candidates = ready.length > 0 ? ready : alive;
    const best = candidates.sort((a, b) => a.jobs.size - b.jobs.size)[0];
    return best ?? this.#spawn();
  }

  #takeSpare(): HostProcess {
    const spare = [...this.#hosts].find((host) => host.alive && !host.closing && !host.taken);
    const host = spare ?? this.#spawn();
    host.taken = true;
    // The next job finds a process started and ready.
    if (!this.#closing) void this.#fork().catch(() => undefined);
    return host;
  }

  /** Forks a host and resolves once it is ready. */
  async #fork(): Promise<HostProcess> {
    const host = this.#spawn();
    const timeoutMs = this.#options.startTimeoutMs ?? 60_000;
    let timer: NodeJS.Timeout | undefined;
    const ready = new Promise<void>((resolve, reject) => {
      host.child.on('message', (raw: unknown) => {
        if (fromHostSchema.safeParse(raw).data?.type === 'ready') resolve();
      });
      void host.exited.then(() => reject(new Error(`the job host (pid ${host.pid}) exited while starting`)));
      timer = setTimeout(
        () => reject(new Error(`the job host (pid ${host.pid}) did not start within ${timeoutMs} ms`)),
        timeoutMs,
      );
    });
    try {
      await ready;
      return host;
    } catch (cause) {
      const error = new FrameworkError('JOB_HOST_FAILED', (cause as Error).message, { cause });
      if (host.alive) host.child.kill('SIGKILL');
      if (this.#started && !this.#closing) this.emit('broken', { error });
      throw error;
    } finally {
      clearTimeout(timer);
    }
  }

  #spawn(): HostProcess {
    const singleJob = this.#options.isolation === 'process';
    const child = fork(HOST_ENTRY, [JSON.stringify({ ...this.#options.config, singleJob })], {
      // tsx and other loaders of the worker apply to its hosts too.
      execArgv: process.execArgv,
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    const host = new HostProcess(child);
    this.#hosts.add(host);
    this.#logger.debug({ pid: host.pid }, 'job host started');
    child.on('message', (raw: unknown) => this.#onMessage(host, raw));
    child.once('exit', (code, signal) => this.#onExit(host, code, signal));
    return host;
  }

  #onMessage(host: HostProcess, raw: unknown): void {
    const parsed = fromHostSchema.safeParse(raw);
    if (!parsed.success) {
      this.#logger.error(
        { pid: host.pid, problems: z.prettifyError(parsed.error) },
        'ignored a malformed message from a job host',
      );
      return;
    }
    const message = parsed.data;
    if (message.type === 'ready') {
      host.markReady();
      this.#logger.debug({ pid: host.pid }, 'job host ready');
      return;
    }
    if (message.status !== 'running') host.jobs.delete(message.jobId);
    this.emit('job', message);
  }

  #onExit(host: HostProcess, code: number | null, signal: string | null): void {
    this.#hosts.delete(host);
    const jobs = [...host.jobs.values()];
    if (host.closing || this.#closing) return;
    if (jobs.length === 0 && this.#options.isolation === 'process') return; // its one job ended
    this.#logger.warn({ pid: host.pid, code, signal, jobs: jobs.length }, 'a job host died');
    if (this.#options.isolation === 'host') void this.#fork().catch(() => undefined);
    this.emit('host_lost', { pid: host.pid, code, signal, jobs });
  }
}
