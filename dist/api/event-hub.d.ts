import type { ServerResponse } from 'node:http';
import type { LiveKitCredentials } from '../dispatch/credentials.js';
import type { ServerApi } from '../dispatch/server-api.js';
import type { Logger } from '../telemetry/log.js';
import type { ApiMetrics } from './api-metrics.js';
import { type EventStreamOptions } from './event-stream.js';
import type { WebhookDelivery } from './webhook-delivery.js';
export interface EventHubOptions {
    credentials: LiveKitCredentials;
    api: ServerApi;
    observer: string;
    webhooks: WebhookDelivery | undefined;
    /** How long a followed room with no reason left stays followed. */
    lingerMs: number;
    maxBufferedBytes: number;
    keepAliveMs: number;
    logger: Logger;
    metrics: ApiMetrics;
}
export declare class EventHub {
    #private;
    constructor(options: EventHubOptions);
    /** The rooms followed now. */
    get rooms(): string[];
    /** Streams `room`'s events to an SSE response until it closes. Throws ROOM_NOT_FOUND. */
    subscribe(room: string, response: ServerResponse, filter: Pick<EventStreamOptions, 'types' | 'agent'>): Promise<void>;
    /** Follows a room that has (or is about to have) agents, for the outgoing webhooks. */
    watchAgents(room: string): Promise<void>;
    close(): Promise<void>;
}
