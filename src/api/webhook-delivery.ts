// Outgoing webhooks: each room event (final transcript lines, state, floor, tool calls, usage, agents
// joining and leaving; not partial transcript lines) is POSTed as JSON to the configured URL, signed with
// HMAC-SHA256 over `<timestamp>.<body>` in the `roomvoice-signature: t=<ms>,v1=<hex>` header. Per room,
// events go out one at a time in order; a failed delivery (network error, timeout, non-2xx) is retried
// with exponential backoff, then dropped with a log line. Each body has an `id` receivers can dedupe on.
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Counter } from 'prom-client';
import type { Logger } from '../telemetry/log.js';
import { recordId } from './event-stream.js';
import type { RoomEventRecord } from './room-follower.js';

export const SIGNATURE_HEADER = 'roomvoice-signature';

export function signWebhook(body: string, secret: string, timestampMs = Date.now()): string {
  const mac = createHmac('sha256', secret).update(`${timestampMs}.${body}`).digest('hex');
  return `t=${timestampMs},v1=${mac}`;
}

/** Checks a `roomvoice-signature` header against the body: right secret, and signed within `toleranceMs`. */
export function verifyWebhook(
  body: string,
  header: string | undefined,
  secret: string,
  toleranceMs = 5 * 60_000,
  nowMs = Date.now(),
): boolean {
  const match = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(header ?? '');
  if (!match) return false;
  const timestamp = Number(match[1]);
  if (Math.abs(nowMs - timestamp) > toleranceMs) return false;
  const expected = Buffer.from(signWebhook(body, secret, timestamp).split('v1=')[1]!, 'hex');
  return timingSafeEqual(expected, Buffer.from(match[2]!, 'hex'));
}

/** Whether a record goes out by webhook: everything but partial transcript lines. */
export function deliverable(record: RoomEventRecord): boolean {
  return record.type !== 'transcript' || (record.data as { final?: boolean } | undefined)?.final === true;
}

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

export class WebhookDelivery {
  readonly #options: WebhookDeliveryOptions;
  readonly #queues = new Map<string, RoomEventRecord[]>();
  readonly #draining = new Set<string>();
  #closed = false;

  constructor(options: WebhookDeliveryOptions) {
    this.#options = options;
  }

  /** Queues the record for delivery if it is deliverable; returns at once. */
  deliver(record: RoomEventRecord): void {
    if (this.#closed || !deliverable(record)) return;
    const queue = this.#queues.get(record.room) ?? [];
    this.#queues.set(record.room, queue);
    queue.push(record);
    if (queue.length > this.#options.maxQueued) {
      queue.shift();
      this.#options.deliveries.inc({ outcome: 'dropped' });
    }
    if (!this.#draining.has(record.room)) void this.#drain(record.room);
  }

  async #drain(room: string): Promise<void> {
    this.#draining.add(room);
    try {
      const queue = this.#queues.get(room)!;
      for (let record = queue.shift(); record && !this.#closed; record = queue.shift())
        await this.#send(record);
      this.#queues.delete(room);
    } finally {
      this.#draining.delete(room);
    }
  }

  async #send(record: RoomEventRecord): Promise<void> {
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
      } catch (error) {
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

  close(): void {
    this.#closed = true;
    this.#queues.clear();
  }
}
