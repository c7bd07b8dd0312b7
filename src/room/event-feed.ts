// The running agent's events for whoever follows the room (the API, an embedding backend), carried by the
// room itself: each event is one reliable LiveKit data packet on topic `roomvoice.events`, addressed only
// to the observer identity (default `roomvoice-observer`), so people in the room never receive them. It
// works across processes, hosts and cluster nodes with no IPC: the follower joins the room as a hidden
// participant with that identity (the backend that mints tokens controls identities, so no one else can
// take it). Records carry a per-agent sequence number, so a reader sees their order and any gap; a
// heartbeat every few seconds carries the agent's current state and floor for a follower that just joined.
// Sending never holds the agent up: packets go out in order from a bounded queue, overflow is dropped.
import type { Room } from '@livekit/rtc-node';
import { z } from 'zod';
import type { Logger } from '../telemetry/log.js';

export const EVENT_FEED_TOPIC = 'roomvoice.events';
export const DEFAULT_OBSERVER_IDENTITY = 'roomvoice-observer';
/** The record type of the heartbeat, beside the agent's own event names. */
export const HEARTBEAT = 'heartbeat';

/** One record on the wire (JSON in the packet's payload). */
export const feedRecordSchema = z.strictObject({
  v: z.literal(1),
  /** The agent's definition name. */
  agent: z.string(),
  /** Per agent, from 0, one per record. */
  seq: z.int().nonnegative(),
  /** Milliseconds since the epoch, when the agent sent it. */
  at: z.number(),
  type: z.string().min(1),
  data: z.unknown(),
});
export type FeedRecord = z.infer<typeof feedRecordSchema>;

/** What a heartbeat says. */
export const heartbeatSchema = z.object({ state: z.string(), floor: z.string().optional() });

/** Reads one packet; undefined when it is not a feed record. */
export function readFeedRecord(payload: Uint8Array): FeedRecord | undefined {
  try {
    const parsed = feedRecordSchema.safeParse(JSON.parse(new TextDecoder().decode(payload)));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** LiveKit's reliable data packets are at most about 15 KiB; a larger record is sent without its data. */
const MAX_PACKET_BYTES = 14_000;
const MAX_QUEUED = 1_000;
const HEARTBEAT_MS = 5_000;

export interface EventFeedOptions {
  /** The definition name the records carry. */
  agent: string;
  observer: string;
  /** The agent's state and floor now, for heartbeats. */
  snapshot(): z.infer<typeof heartbeatSchema>;
  logger: Logger;
}

export class RoomEventFeed {
  readonly #room: Room;
  readonly #options: EventFeedOptions;
  readonly #encoder = new TextEncoder();
  #seq = 0;
  #queued = 0;
  #chain: Promise<void> = Promise.resolve();
  #dropped = 0;
  readonly #heartbeat: NodeJS.Timeout;

  constructor(room: Room, options: EventFeedOptions) {
    this.#room = room;
    this.#options = options;
    this.#heartbeat = setInterval(() => this.send(HEARTBEAT, options.snapshot()), HEARTBEAT_MS);
    this.#heartbeat.unref();
  }

  /** Queues one record; returns at once. */
  send(type: string, data: unknown): void {
    const record: FeedRecord = {
      v: 1,
      agent: this.#options.agent,
      seq: this.#seq++,
      at: Date.now(),
      type,
      data,
    };
    if (this.#queued >= MAX_QUEUED) {
      if (this.#dropped++ === 0)
        this.#options.logger.warn({ type }, 'event feed backed up; dropping records');
      return;
    }
    let payload = this.#encoder.encode(JSON.stringify(record));
    if (payload.length > MAX_PACKET_BYTES)
      payload = this.#encoder.encode(
        JSON.stringify({ ...record, data: { truncated: true, bytes: payload.length } }),
      );
    this.#queued++;
    this.#chain = this.#chain
      .then(() => this.#publish(payload))
      .catch((error: unknown) => this.#options.logger.debug({ err: error, type }, 'event not sent'))
      .finally(() => {
        this.#queued--;
      });
  }

  async #publish(payload: Uint8Array): Promise<void> {
    const participant = this.#room.localParticipant;
    if (!participant || !this.#room.isConnected) return;
    await participant.publishData(payload, {
      reliable: true,
      topic: EVENT_FEED_TOPIC,
      destination_identities: [this.#options.observer],
    });
  }

  /** Stops the heartbeat and resolves once everything queued has been sent (or failed). */
  async close(): Promise<void> {
    clearInterval(this.#heartbeat);
    await this.#chain;
  }
}
