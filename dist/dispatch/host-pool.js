// The worker's job host processes. With isolation `host` it keeps a fixed number of hosts (one per core by
// default), each running many rooms, places each job on the least busy one and replaces a host that dies;
// with isolation `process` every job gets a process of its own, and one is kept started and ready for the
// next job. It reports job status and hosts that died with the jobs they carried; what to do about those
// jobs is the worker's call. It knows nothing of LiveKit.
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { FrameworkError } from '../errors.js';
import { TypedEmitter } from '../typed-emitter.js';
import { fromHostSchema, } from './host-messages.js';
const HOST_ENTRY = fileURLToPath(new URL('./host-process.ts', import.meta.url));
class HostProcess {
    child;
    jobs = new Map();
    exited;
    ready = false;
    /** Jobs placed here before it was ready; sent once it is. */
    #queued = [];
    closing = false;
    /** Its one job was given (isolation `process`): it exits after that job. */
    taken = false;
    constructor(child) {
        this.child = child;
        this.exited = new Promise((resolve) => child.once('exit', () => resolve()));
    }
    get pid() {
        return this.child.pid ?? -1;
    }
    get alive() {
        return this.child.exitCode === null && this.child.signalCode === null;
    }
    send(message) {
        if (!this.ready) {
            this.#queued.push(message);
            return;
        }
        if (this.child.connected)
            this.child.send(message);
    }
    markReady() {
        this.ready = true;
        for (const message of this.#queued.splice(0))
            this.send(message);
    }
}
export class HostPool extends TypedEmitter {
    #options;
    #logger;
    #hosts = new Set();
    #started = false;
    #closing = false;
    constructor(options) {
        super(() => options.logger);
        this.#options = options;
        this.#logger = options.logger;
    }
    /**
     * Starts the hosts (or, with isolation `process`, the one kept ready) and waits until they are; rejects
     * if one cannot start. Later, a host that cannot start is reported as `broken`.
     */
    async start() {
        const count = this.#options.isolation === 'host' ? this.#options.hosts : 1;
        await Promise.all(Array.from({ length: count }, () => this.#fork()));
        this.#started = true;
    }
    /** Runs a job on a host; returns the host's pid, or undefined once the pool is closing. */
    run(spec) {
        if (this.#closing)
            return undefined;
        const host = this.#options.isolation === 'host' ? this.#leastBusy() : this.#takeSpare();
        host.jobs.set(spec.id, spec);
        host.send({ type: 'start', job: spec });
        return host.pid;
    }
    stop(jobId, reason) {
        for (const host of this.#hosts)
            if (host.jobs.has(jobId))
                host.send({ type: 'stop', jobId, reason });
    }
    summary() {
        return [...this.#hosts].map((host) => ({
            pid: host.pid,
            ready: host.ready,
            rooms: [...host.jobs.values()].map((job) => job.room),
        }));
    }
    /** Every host process id. */
    pids() {
        return [...this.#hosts].map((host) => host.pid);
    }
    /** Asks every host to end its rooms and exit; kills those still running after `timeoutMs`. */
    async close(reason, timeoutMs = 15_000) {
        this.#closing = true;
        const hosts = [...this.#hosts];
        for (const host of hosts) {
            host.closing = true;
            if (host.child.connected)
                host.child.send({ type: 'shutdown', reason });
        }
        const kill = setTimeout(() => {
            for (const host of hosts) {
                if (!host.alive)
                    continue;
                this.#logger.warn({ pid: host.pid }, 'a job host did not stop in time; killing it');
                host.child.kill('SIGKILL');
            }
        }, timeoutMs);
        await Promise.all(hosts.map((host) => host.exited));
        clearTimeout(kill);
    }
    #leastBusy() {
        const alive = [...this.#hosts].filter((host) => host.alive && !host.closing);
        const ready = alive.filter((host) => host.ready);
        const candidates = ready.length > 0 ? ready : alive;
        const best = candidates.sort((a, b) => a.jobs.size - b.jobs.size)[0];
        return best ?? this.#spawn();
    }
    #takeSpare() {
        const spare = [...this.#hosts].find((host) => host.alive && !host.closing && !host.taken);
        const host = spare ?? this.#spawn();
        host.taken = true;
        // The next job finds a process started and ready.
        if (!this.#closing)
            void this.#fork().catch(() => undefined);
        return host;
    }
    /** Forks a host and resolves once it is ready. */
    async #fork() {
        const host = this.#spawn();
        const timeoutMs = this.#options.startTimeoutMs ?? 60_000;
        let timer;
        const ready = new Promise((resolve, reject) => {
            host.child.on('message', (raw) => {
                if (fromHostSchema.safeParse(raw).data?.type === 'ready')
                    resolve();
            });
            void host.exited.then(() => reject(new Error(`the job host (pid ${host.pid}) exited while starting`)));
            timer = setTimeout(() => reject(new Error(`the job host (pid ${host.pid}) did not start within ${timeoutMs} ms`)), timeoutMs);
        });
        try {
            await ready;
            return host;
        }
        catch (cause) {
            const error = new FrameworkError('JOB_HOST_FAILED', cause.message, { cause });
            if (host.alive)
                host.child.kill('SIGKILL');
            if (this.#started && !this.#closing)
                this.emit('broken', { error });
            throw error;
        }
        finally {
            clearTimeout(timer);
        }
    }
    #spawn() {
        const singleJob = this.#options.isolation === 'process';
        const child = fork(HOST_ENTRY, [JSON.stringify({ ...this.#options.config, singleJob })], {
            // tsx and other loaders of the worker apply to its hosts too.
            execArgv: process.execArgv,
            stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
        });
        const host = new HostProcess(child);
        this.#hosts.add(host);
        this.#logger.debug({ pid: host.pid }, 'job host started');
        child.on('message', (raw) => this.#onMessage(host, raw));
        child.once('exit', (code, signal) => this.#onExit(host, code, signal));
        return host;
    }
    #onMessage(host, raw) {
        const parsed = fromHostSchema.safeParse(raw);
        if (!parsed.success) {
            this.#logger.error({ pid: host.pid, problems: z.prettifyError(parsed.error) }, 'ignored a malformed message from a job host');
            return;
        }
        const message = parsed.data;
        if (message.type === 'ready') {
            host.markReady();
            this.#logger.debug({ pid: host.pid }, 'job host ready');
            return;
        }
        if (message.status !== 'running')
            host.jobs.delete(message.jobId);
        this.emit('job', message);
    }
    #onExit(host, code, signal) {
        this.#hosts.delete(host);
        const jobs = [...host.jobs.values()];
        if (host.closing || this.#closing)
            return;
        if (jobs.length === 0 && this.#options.isolation === 'process')
            return; // its one job ended
        this.#logger.warn({ pid: host.pid, code, signal, jobs: jobs.length }, 'a job host died');
        if (this.#options.isolation === 'host')
            void this.#fork().catch(() => undefined);
        this.emit('host_lost', { pid: host.pid, code, signal, jobs });
    }
}
//# sourceMappingURL=host-pool.js.map