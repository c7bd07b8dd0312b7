// Which job a piece of code belongs to, in a host process that runs many: each job runs inside its own
// async context, so an error thrown anywhere below it (a timer, a socket callback, a tool) is traced to
// its job and ends only that job. rtc-node delivers every room's events from one native callback, so a
// job's Room re-enters its job's context for its listeners, and a listener that throws fails that job.
import { AsyncLocalStorage } from 'node:async_hooks';
import { AudioSource, Room } from '@livekit/rtc-node';

/** What the scope needs of a job: a way to fail it. */
export interface ScopedJob {
  readonly id: string;
  fail(error: unknown): void;
}

const scope = new AsyncLocalStorage<ScopedJob>();

/** Runs `body` (and everything it starts) as part of `job`. */
export function runInJob<T>(job: ScopedJob, body: () => T): T {
  return scope.run(job, body);
}

/** The job the current code runs for, if any. */
export function currentJob(): ScopedJob | undefined {
  return scope.getStore();
}

/**
 * Starts rtc-node's native client outside every job. Its callback carries the async context it was
 * created in; created inside a job, it would tie every room's events to that job.
 */
export async function startRtcOutsideJobs(): Promise<void> {
  await scope.exit(async () => {
    const probe = new AudioSource(48_000, 1);
    await probe.close();
  });
}

/** A Room whose event listeners run in its job's context; a listener that throws fails the job. */
export class JobRoom extends Room {
  readonly #job: ScopedJob;

  constructor(job: ScopedJob) {
    super();
    this.#job = job;
  }

  override emit(event: Parameters<Room['emit']>[0], ...args: unknown[]): boolean {
    const emit = super.emit.bind(this) as (event: string, ...args: unknown[]) => boolean;
    try {
      return scope.run(this.#job, () => emit(event, ...args));
    } catch (error) {
      this.#job.fail(error);
      return true;
    }
  }
}
