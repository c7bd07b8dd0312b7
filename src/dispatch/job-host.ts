// A job host: the jobs (rooms) of one host process, side by side. It starts and stops jobs as the worker
// asks, reports each one's status, and is where an error that escaped a job lands: traced to its job
// (job-scope.ts), it fails that job alone; with no job to trace it to, it is logged and the host goes on
// serving its other rooms. The IPC wiring lives in host-process.ts.
import type { Logger } from '../telemetry/log.js';
import type { FromHost, HostConfig, JobSpec } from './host-messages.js';
import { Job } from './job.js';
import { currentJob } from './job-scope.js';

export class JobHost {
  readonly #config: HostConfig;
  readonly #report: (message: FromHost) => void;
  readonly #logger: Logger;
  readonly #jobs = new Map<string, Job>();
  #idle: () => void = () => undefined;

  constructor(config: HostConfig, report: (message: FromHost) => void, logger: Logger) {
    this.#config = config;
    this.#report = report;
    this.#logger = logger;
  }

  get jobCount(): number {
    return this.#jobs.size;
  }

  start(spec: JobSpec): void {
    if (this.#jobs.has(spec.id)) {
      this.#logger.warn({ job: spec.id }, 'job already running here; ignored');
      return;
    }
    const job = new Job(
      spec,
      {
        agentsDir: this.#config.agentsDir,
        defaultAgent: this.#config.defaultAgent,
        projectDir: this.#config.projectDir,
        logger: this.#logger,
      },
      {
        running: () => this.#report({ type: 'job', jobId: spec.id, status: 'running' }),
        ended: (outcome) =>
          this.#report(
            outcome.status === 'success'
              ? { type: 'job', jobId: spec.id, status: 'success' }
              : { type: 'job', jobId: spec.id, status: 'failed', error: outcome.error },
          ),
      },
    );
    this.#jobs.set(spec.id, job);
    void job.done.then(() => {
      this.#jobs.delete(spec.id);
      if (this.#jobs.size === 0) this.#idle();
    });
  }

  stop(jobId: string, reason: string): void {
    this.#jobs.get(jobId)?.stop(reason);
  }

  /** Ends every job and resolves once all have left their rooms. */
  stopAll(reason: string): Promise<void> {
    const idle = this.idle();
    for (const job of this.#jobs.values()) job.stop(reason);
    return idle;
  }

  /** Resolves when no job is left (at once if there is none). */
  idle(): Promise<void> {
    if (this.#jobs.size === 0) return Promise.resolve();
    return new Promise((resolve) => {
      const previous = this.#idle;
      this.#idle = () => {
        previous();
        resolve();
      };
    });
  }

  /** An uncaught exception or unhandled rejection of this process. */
  escaped(error: unknown, kind: 'exception' | 'rejection'): void {
    const job = currentJob();
    if (job && this.#jobs.get(job.id) === job) {
      job.fail(error);
      return;
    }
    this.#logger.error(
      { err: error, kind, job: job?.id },
      'an error escaped outside any running job; the host keeps serving its rooms',
    );
  }
}
