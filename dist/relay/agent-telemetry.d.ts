import type { AgentDefinition } from '../definition/index.js';
import type { Logger } from '../telemetry/log.js';
import { type AgentMetrics } from '../telemetry/metrics.js';
import { type Cost, type PricedModel } from '../telemetry/prices.js';
import type { AgentEventSource } from './agent-events.js';
export interface AgentTelemetryContext {
    /** The agent's name (the metrics' label). */
    agent: string;
    model: PricedModel;
    logger: Logger;
    metrics?: AgentMetrics;
}
/** The provider and model a definition's sessions are priced by. */
export declare function pricedModel(model: AgentDefinition['model']): PricedModel;
/** A cost as logs show it: dollars, or null with what could not be priced. */
export declare function costFields(cost: Cost): Record<string, unknown>;
export interface AgentTelemetry {
    /** The agent's cost so far, and each participant's (by identity). */
    costs(): {
        agent: Cost;
        participants: Record<string, Cost>;
    };
}
export declare function observeAgent(events: AgentEventSource, context: AgentTelemetryContext): AgentTelemetry;
