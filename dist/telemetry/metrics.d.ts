import { Counter, Gauge, Histogram, Registry } from 'prom-client';
export declare class AgentMetrics {
    readonly registry: Registry<"text/plain; version=0.0.4; charset=utf-8">;
    readonly rooms: Gauge<"agent">;
    readonly sessions: Gauge<"agent">;
    readonly turns: Counter<"agent">;
    readonly replyLatency: Histogram<"agent">;
    readonly toolDuration: Histogram<"tool" | "agent" | "status">;
    readonly errors: Counter<"code" | "agent">;
    readonly reconnects: Counter<"agent">;
    readonly rollovers: Counter<"agent">;
    readonly tokens: Counter<"model" | "agent" | "kind">;
    readonly costUsd: Counter<"model" | "agent">;
    readonly unpricedResponses: Counter<"model" | "agent">;
}
/** The process's metrics, created on first use. */
export declare function metrics(): AgentMetrics;
