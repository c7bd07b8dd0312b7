import { Job } from './job.js';
import { currentJob } from './job-scope.js';
export class JobHost {
    #config;
    #report;
    #logger;
    #jobs = new Map();
    #idle = () => undefined;
    constructor(config, report, logger) {
        this.#config = config;
        this.#report = report;
        this.#logger = logger;
    }
    get jobCount() {
        return this.#jobs.size;
    }
    start(spec) {
        if (this.#jobs.has(spec.id)) {
            this.#logger.warn({ job: spec.id }, 'job already running here; ignored');
            return;
        }
        const job = new Job(spec, {
            agentsDir: this.#config.agentsDir,
            defaultAgent: this.#config.defaultAgent,
            projectDir: this.#config.projectDir,
            logger: this.#logger,
        }, {
            running: () => this.#report({ type: 'job', jobId: spec.id, status: 'running' }),
            ended: (outcome) => this.#report(outcome.status === 'success'
                ? { type: 'job', jobId: spec.id, status: 'success' }
                : { type: 'job', jobId: spec.id, status: 'failed', error: outcome.error }),
        });
        this.#jobs.set(spec.id, job);
        void job.done.then(() => {
            this.#jobs.delete(spec.id);
            if (this.#jobs.size === 0)
                this.#idle();
        });
    }
    stop(jobId, reason) {
        this.#jobs.get(jobId)?.stop(reason);
    }
    /** Ends every job and resolves once all have left their rooms. */
    stopAll(reason) {
        const idle = this.idle();
        for (const job of this.#jobs.values())
            job.stop(reason);
        return idle;
    }
    /** Resolves when no job is left (at once if there is none). */
    idle() {
        if (this.#jobs.size === 0)
            return Promise.resolve();
        return new Promise((resolve) => {
            const previous = this.#idle;
            this.#idle = () => {
                previous();
                resolve();
            };
        });
    }
    /** An uncaught exception or unhandled rejection of this process. */
    escaped(error, kind) {
        const job = currentJob();
        if (job && this.#jobs.get(job.id) === job) {
            job.fail(error);
            return;
        }
        this.#logger.error({ err: error, kind, job: job?.id }, 'an error escaped outside any running job; the host keeps serving its rooms');
    }
}
//# sourceMappingURL=job-host.js.map