// The definition's time limits for one agent in one room: it ends after `max_duration`, and leaves when
// nobody (the agent included) has spoken for `idle_timeout`. Whoever owns the job decides what ending is.
export interface LimitDurations {
  maxDurationMs?: number;
  idleTimeoutMs?: number;
}

export type LimitReason = 'max_duration' | 'idle_timeout';

export class SessionLimits {
  readonly #durations: LimitDurations;
  readonly #onReached: (reason: LimitReason) => void;
  #maxTimer: NodeJS.Timeout | undefined;
  #idleTimer: NodeJS.Timeout | undefined;
  #reached = false;

  constructor(durations: LimitDurations, onReached: (reason: LimitReason) => void) {
    this.#durations = durations;
    this.#onReached = onReached;
  }

  start(): void {
    if (this.#durations.maxDurationMs !== undefined) {
      this.#maxTimer = setTimeout(() => this.#reach('max_duration'), this.#durations.maxDurationMs);
    }
    this.activity();
  }

  /** Someone spoke, or the agent did: the idle clock starts again. */
  activity(): void {
    if (this.#reached || this.#durations.idleTimeoutMs === undefined) return;
    clearTimeout(this.#idleTimer);
    this.#idleTimer = setTimeout(() => this.#reach('idle_timeout'), this.#durations.idleTimeoutMs);
  }

  close(): void {
    clearTimeout(this.#maxTimer);
    clearTimeout(this.#idleTimer);
  }

  #reach(reason: LimitReason): void {
    if (this.#reached) return;
    this.#reached = true;
    this.close();
    this.#onReached(reason);
  }
}
