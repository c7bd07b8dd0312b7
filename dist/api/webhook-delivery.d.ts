import type { Counter } from 'prom-client';
import type { Logger } from '../telemetry/log.js';
import type { RoomEventRecord } from './room-follower.js';
export declare const SIGNATURE_HEADER = "roomvoice-signature";
export declare function signWebhook(body: string, secret: string, timestampMs?: number): string;
/** Checks a `roomvoice-signature` header against the body: right secret, and signed within `toleranceMs`. */
export declare function verifyWebhook(body: string, header: string | undefined, secret: string, toleranceMs?: number, nowMs?: number): boolean;
/** Whether a record goes out by webhook: everything but partial transcript lines. */
export declare function deliverable(record: RoomEventRecord): boolean;
export interface WebhookDeliveryOptions {
    url: string;
    secret: string;
    /** Attempts per event (first try included). */
    attempts: number;
    /** Delay before the first retry; doubles each time. */
    retryDelayMs: number;
    timeoutMs: number;
    /** Events waiting per room beyond which the oldest are dropped. */
    maxQueued: number;
    logger: Logger;
    deliveries: Counter<'outcome'>;
}
export declare class WebhookDelivery {
    #private;
    constructor(options: WebhookDeliveryOptions);
    /** Queues the record for delivery if it is deliverable; returns at once. */
    deliver(record: RoomEventRecord): void;
    close(): void;
}
