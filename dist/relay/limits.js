export class SessionLimits {
    #durations;
    #onReached;
    #maxTimer;
    #idleTimer;
    #reached = false;
    constructor(durations, onReached) {
        this.#durations = durations;
        this.#onReached = onReached;
    }
    start() {
        if (this.#durations.maxDurationMs !== undefined) {
            this.#maxTimer = setTimeout(() => this.#reach('max_duration'), this.#durations.maxDurationMs);
        }
        this.activity();
    }
    /** Someone spoke, or the agent did: the idle clock starts again. */
    activity() {
        if (this.#reached || this.#durations.idleTimeoutMs === undefined)
            return;
        clearTimeout(this.#idleTimer);
        this.#idleTimer = setTimeout(() => this.#reach('idle_timeout'), this.#durations.idleTimeoutMs);
    }
    close() {
        clearTimeout(this.#maxTimer);
        clearTimeout(this.#idleTimer);
    }
    #reach(reason) {
        if (this.#reached)
            return;
        this.#reached = true;
        this.close();
        this.#onReached(reason);
    }
}
//# sourceMappingURL=limits.js.map