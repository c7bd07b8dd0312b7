// Which job a piece of code belongs to, in a host process that runs many: each job runs inside its own
// async context, so an error thrown anywhere below it (a timer, a socket callback, a tool) is traced to
// its job and ends only that job. rtc-node delivers every room's events from one native callback, so a
// job's Room re-enters its job's context for its listeners, and a listener that throws fails that job.
import { AsyncLocalStorage } from 'node:async_hooks';
import { AudioSource, Room } from '@livekit/rtc-node';
const scope = new AsyncLocalStorage();
/** Runs `body` (and everything it starts) as part of `job`. */
export function runInJob(job, body) {
    return scope.run(job, body);
}
/** The job the current code runs for, if any. */
export function currentJob() {
    return scope.getStore();
}
/**
 * Starts rtc-node's native client outside every job. Its callback carries the async context it was
 * created in; created inside a job, it would tie every room's events to that job.
 */
export async function startRtcOutsideJobs() {
    await scope.exit(async () => {
        const probe = new AudioSource(48_000, 1);
        await probe.close();
    });
}
/** A Room whose event listeners run in its job's context; a listener that throws fails the job. */
export class JobRoom extends Room {
    #job;
    constructor(job) {
        super();
        this.#job = job;
    }
    emit(event, ...args) {
        const emit = super.emit.bind(this);
        try {
            return scope.run(this.#job, () => emit(event, ...args));
        }
        catch (error) {
            this.#job.fail(error);
            return true;
        }
    }
}
//# sourceMappingURL=job-scope.js.map