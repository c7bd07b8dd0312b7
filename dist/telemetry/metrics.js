// The Prometheus metrics of a process that runs agents: rooms and model sessions running, turns, the end
// of speech to first answer audio histogram, tool call durations, errors, reconnects and rollovers,
// tokens and cost in money. One registry per process (`metrics()`, like `log()`); labels are the agent's
// name and bounded kinds, never room or participant ids. Served by metrics-endpoint.ts.
import { Counter, Gauge, Histogram, Registry } from 'prom-client';
/** Seconds: from tens of milliseconds to the multi-second tails the bench looks for. */
const LATENCY_BUCKETS = [0.05, 0.1, 0.2, 0.3, 0.5, 0.75, 1, 1.5, 2, 3, 5, 10];
const TOOL_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];
export class AgentMetrics {
    registry = new Registry();
    rooms = new Gauge({
        name: 'roomvoice_rooms',
        help: 'Rooms an agent is running in',
        labelNames: ['agent'],
        registers: [this.registry],
    });
    sessions = new Gauge({
        name: 'roomvoice_model_sessions',
        help: 'Model sessions open',
        labelNames: ['agent'],
        registers: [this.registry],
    });
    turns = new Counter({
        name: 'roomvoice_turns_total',
        help: 'User turns that reached a model session',
        labelNames: ['agent'],
        registers: [this.registry],
    });
    replyLatency = new Histogram({
        name: 'roomvoice_reply_latency_seconds',
        help: "End of a user's speech (the turn's commit less the turn detector's silence window) to the first audio of the answer given to the agent's track",
        labelNames: ['agent'],
        buckets: LATENCY_BUCKETS,
        registers: [this.registry],
    });
    toolDuration = new Histogram({
        name: 'roomvoice_tool_call_duration_seconds',
        help: 'Tool calls, from the start of the call to its result',
        labelNames: ['agent', 'tool', 'status'],
        buckets: TOOL_BUCKETS,
        registers: [this.registry],
    });
    errors = new Counter({
        name: 'roomvoice_errors_total',
        help: 'Errors an agent reported, by code',
        labelNames: ['agent', 'code'],
        registers: [this.registry],
    });
    reconnects = new Counter({
        name: 'roomvoice_model_reconnects_total',
        help: 'Model sessions that moved to a new socket after a drop',
        labelNames: ['agent'],
        registers: [this.registry],
    });
    rollovers = new Counter({
        name: 'roomvoice_model_rollovers_total',
        help: 'Model sessions that moved to a new session before the session cap',
        labelNames: ['agent'],
        registers: [this.registry],
    });
    tokens = new Counter({
        name: 'roomvoice_tokens_total',
        help: 'Tokens used, by kind (audio.input, audio.cached_input, audio.output, text.*, image.*)',
        labelNames: ['agent', 'model', 'kind'],
        registers: [this.registry],
    });
    costUsd = new Counter({
        name: 'roomvoice_cost_usd_total',
        help: 'Cost of responses whose prices are known, US dollars (see roomvoice_unpriced_responses_total)',
        labelNames: ['agent', 'model'],
        registers: [this.registry],
    });
    unpricedResponses = new Counter({
        name: 'roomvoice_unpriced_responses_total',
        help: 'Responses whose cost is unknown (a price not in the table): not counted in roomvoice_cost_usd_total',
        labelNames: ['agent', 'model'],
        registers: [this.registry],
    });
}
let processMetrics;
/** The process's metrics, created on first use. */
export function metrics() {
    processMetrics ??= new AgentMetrics();
    return processMetrics;
}
//# sourceMappingURL=metrics.js.map