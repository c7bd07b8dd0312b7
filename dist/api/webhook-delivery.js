// Outgoing webhooks: each room event (final transcript lines, state, floor, tool calls, usage, agents
// joining and leaving; not partial transcript lines) is POSTed as JSON to the configured URL, signed with
// HMAC-SHA256 over `<timestamp>.<body>` in the `roomvoice-signature: t=<ms>,v1=<hex>` header. Per room,
// events go out one at a time in order; a failed delivery (network error, timeout, non-2xx) is retried
// with exponential backoff, then dropped with a log line. Each body has an `id` receivers can dedupe on.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { recordId } from './event-stream.js';
export const SIGNATURE_HEADER = 'roomvoice-signature';
export function signWebhook(body, secret, timestampMs = Date.now()) {
    const mac = createHmac('sha256', secret).update(`${timestampMs}.${body}`).digest('hex');
    return `t=${timestampMs},v1=${mac}`;
}
/** Checks a `roomvoice-signature` header against the body: right secret, and signed within `toleranceMs`. */
export function verifyWebhook(body, header, secret, toleranceMs = 5 * 60_000, nowMs = Date.now()) {
    const match = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(header ?? '');
    if (!match)
        return false;
    const timestamp = Number(match[1]);
    if (Math.abs(nowMs - timestamp) > toleranceMs)
        return false;
    const expected = Buffer.from(signWebhook(body, secret, timestamp).split('v1=')[1], 'hex');
    return timingSafeEqual(expected, Buffer.from(match[2], 'hex'));
}
/** Whether a record goes out by webhook: everything but partial transcript lines. */
export function deliverable(record) {
    return record.type !== 'transcript' || record.data?.final === true;
}
export class WebhookDelivery {
    #options;
    #queues = new Map();
    #draining = new Set();
    #closed = false;
    constructor(options) {
        this.#options = options;
    }
    /** Queues the record for delivery if it is deliverable; returns at once. */
    deliver(record) {
        if (this.#closed || !deliverable(record))
            return;
        const queue = this.#queues.get(record.room) ?? [];
        this.#queues.set(record.room, queue);
        queue.push(record);
        if (queue.length > this.#options.maxQueued) {
            queue.shift();
            this.#options.deliveries.inc({ outcome: 'dropped' });
        }
        if (!this.#draining.has(record.room))
            void this.#drain(record.room);
    }
    async #drain(room) {
        this.#draining.add(room);
        try {
            const queue = this.#queues.get(room);
            for (let record = queue.shift(); record && !this.#closed; record = queue.shift())
                await this.#send(record);
            this.#queues.delete(room);
        }
        finally {
            this.#draining.delete(room);
        }
    }
    async #send(record) {
        const { url, secret, attempts, retryDelayMs, timeoutMs, logger, deliveries } = this.#options;
        const body = JSON.stringify({ id: recordId(record), ...record });
        for (let attempt = 1; attempt <= attempts && !this.#closed; attempt++) {
            try {
                const response = await fetch(url, {
                    method: 'POST',
                    headers: { 'content-type': 'application/json', [SIGNATURE_HEADER]: signWebhook(body, secret) },
                    body,
                    signal: AbortSignal.timeout(timeoutMs),
                });
                await response.arrayBuffer().catch(() => undefined);
                if (response.ok) {
                    deliveries.inc({ outcome: 'delivered' });
                    return;
                }
                logger.debug({ status: response.status, attempt, type: record.type }, 'webhook refused');
            }
            catch (error) {
                logger.debug({ err: error, attempt, type: record.type }, 'webhook not delivered');
            }
            if (attempt < attempts) {
                deliveries.inc({ outcome: 'retried' });
                await new Promise((resolve) => setTimeout(resolve, retryDelayMs * 2 ** (attempt - 1)));
            }
        }
        deliveries.inc({ outcome: 'failed' });
        logger.warn({ room: record.room, type: record.type, attempts }, 'webhook dropped after retries');
    }
    close() {
        this.#closed = true;
        this.#queues.clear();
    }
}
//# sourceMappingURL=webhook-delivery.js.map