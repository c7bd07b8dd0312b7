// A process the bench starts: a TypeScript module run by tsx in a Node process of its own, with an IPC
// channel for messages, its output kept (the last lines, for error messages and waiting on a line), and
// a stop that ends it, and only it. The engine, the agent hosts and the peer's worker run this way, so
// each one's CPU and memory can be read apart.
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const KEPT_LINES = 200;
export class BenchChild {
    name;
    #child;
    #lines = [];
    #lineWaiters = new Set();
    #messageListeners = new Set();
    exited;
    /** Starts `module` (a path from the project root). */
    constructor(module, options) {
        this.name = options.name;
        this.#child = fork(`${ROOT}${module}`, options.args ?? [], {
            cwd: ROOT,
            execArgv: ['--import', 'tsx'],
            env: { ...process.env, LOG_FORMAT: 'json', ...options.env },
            stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
        });
        const logger = options.logger.child({ process: options.name });
        const onData = (chunk) => {
            for (const line of chunk.toString().split('\n')) {
                if (!line.trim())
                    continue;
                this.#lines.push(line);
                if (this.#lines.length > KEPT_LINES)
                    this.#lines.shift();
                logger.debug(line);
            }
            for (const wake of this.#lineWaiters)
                wake();
        };
        this.#child.stdout?.on('data', onData);
        this.#child.stderr?.on('data', onData);
        this.#child.on('message', (message) => {
            for (const listener of this.#messageListeners)
                listener(message);
        });
        this.exited = new Promise((resolve) => this.#child.once('exit', (code) => resolve(code)));
        void this.exited.then(() => {
            for (const wake of this.#lineWaiters)
                wake();
        });
    }
    get pid() {
        return this.#child.pid ?? -1;
    }
    get running() {
        return this.#child.exitCode === null && this.#child.signalCode === null;
    }
    /** The last lines the process wrote. */
    output() {
        return this.#lines.join('\n');
    }
    send(message) {
        this.#child.send(message);
    }
    onMessage(listener) {
        this.#messageListeners.add(listener);
        return () => this.#messageListeners.delete(listener);
    }
    /** The next message `accept` takes (it may map the message to what the caller wants). */
    next(accept, what, timeoutMs = 60_000) {
        return new Promise((resolve, reject) => {
            const timer = setTimeout(() => {
                off();
                reject(new Error(`${this.name}: no ${what} within ${timeoutMs} ms; it wrote:\n${this.output()}`));
            }, timeoutMs);
            const off = this.onMessage((message) => {
                const value = accept(message);
                if (value === undefined)
                    return;
                clearTimeout(timer);
                off();
                resolve(value);
            });
            void this.exited.then((code) => {
                clearTimeout(timer);
                off();
                reject(new Error(`${this.name} exited (code ${code}) before ${what}; it wrote:\n${this.output()}`));
            });
        });
    }
    /** The first output line matching `pattern` (already written or still to come). */
    line(pattern, timeoutMs = 60_000) {
        return new Promise((resolve, reject) => {
            const check = () => {
                for (const line of this.#lines) {
                    const match = line.match(pattern);
                    if (match) {
                        done();
                        resolve(match);
                        return;
                    }
                }
                if (!this.running) {
                    done();
                    reject(new Error(`${this.name} exited before writing ${pattern}; it wrote:\n${this.output()}`));
                }
            };
            const timer = setTimeout(() => {
                done();
                reject(new Error(`${this.name}: no line ${pattern} within ${timeoutMs} ms; it wrote:\n${this.output()}`));
            }, timeoutMs);
            const done = () => {
                clearTimeout(timer);
                this.#lineWaiters.delete(check);
            };
            this.#lineWaiters.add(check);
            check();
        });
    }
    /** Ends the process: SIGTERM, then SIGKILL after `graceMs`. */
    async stop(graceMs = 10_000) {
        if (!this.running)
            return;
        this.#child.kill('SIGTERM');
        const timer = setTimeout(() => this.#child.kill('SIGKILL'), graceMs);
        await this.exited;
        clearTimeout(timer);
    }
}
//# sourceMappingURL=child-process.js.map