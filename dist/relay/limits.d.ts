export interface LimitDurations {
    maxDurationMs?: number;
    idleTimeoutMs?: number;
}
export type LimitReason = 'max_duration' | 'idle_timeout';
export declare class SessionLimits {
    #private;
    constructor(durations: LimitDurations, onReached: (reason: LimitReason) => void);
    start(): void;
    /** Someone spoke, or the agent did: the idle clock starts again. */
    activity(): void;
    close(): void;
}
