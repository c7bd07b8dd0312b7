import { z } from 'zod';
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
/** What a heartbeat says. */
export const heartbeatSchema = z.object({ state: z.string(), floor: z.string().optional() });
/** Reads one packet; undefined when it is not a feed record. */
export function readFeedRecord(payload) {
    try {
        const parsed = feedRecordSchema.safeParse(JSON.parse(new TextDecoder().decode(payload)));
        return parsed.success ? parsed.data : undefined;
    }
    catch {
        return undefined;
    }
}
/** LiveKit's reliable data packets are at most about 15 KiB; a larger record is sent without its data. */
const MAX_PACKET_BYTES = 14_000;
const MAX_QUEUED = 1_000;
const HEARTBEAT_MS = 5_000;
export class RoomEventFeed {
    #room;
    #options;
    #encoder = new TextEncoder();
    #seq = 0;
    #queued = 0;
    #chain = Promise.resolve();
    #dropped = 0;
    #heartbeat;
    constructor(room, options) {
        this.#room = room;
        this.#options = options;
        this.#heartbeat = setInterval(() => this.send(HEARTBEAT, options.snapshot()), HEARTBEAT_MS);
        this.#heartbeat.unref();
    }
    /** Queues one record; returns at once. */
    send(type, data) {
        const record = {
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
            payload = this.#encoder.encode(JSON.stringify({ ...record, data: { truncated: true, bytes: payload.length } }));
        this.#queued++;
        this.#chain = this.#chain
            .then(() => this.#publish(payload))
            .catch((error) => this.#options.logger.debug({ err: error, type }, 'event not sent'))
            .finally(() => {
            this.#queued--;
        });
    }
    async #publish(payload) {
        const participant = this.#room.localParticipant;
        if (!participant || !this.#room.isConnected)
            return;
        await participant.publishData(payload, {
            reliable: true,
            topic: EVENT_FEED_TOPIC,
            destination_identities: [this.#options.observer],
        });
    }
    /** Stops the heartbeat and resolves once everything queued has been sent (or failed). */
    async close() {
        clearInterval(this.#heartbeat);
        await this.#chain;
    }
}
//# sourceMappingURL=event-feed.js.map