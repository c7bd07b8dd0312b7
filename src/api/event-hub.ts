// Where room events leave the API: follows the rooms someone is interested in (one RoomFollower each)
// and fans their events out to SSE subscribers and, when configured, the outgoing webhooks. A room is
// followed while it has subscribers, or (with webhooks) while it has agents; a follower with no reason
// left lingers briefly, then leaves. Fan-out is synchronous and never waits on a reader.
import type { ServerResponse } from 'node:http';
import type { Counter } from 'prom-client';
import type { LiveKitCredentials } from '../dispatch/credentials.js';
import type { ServerApi } from '../dispatch/server-api.js';
import { FrameworkError } from '../errors.js';
import type { Logger } from '../telemetry/log.js';
import type { ApiMetrics } from './api-metrics.js';
import { EventStream, type EventStreamOptions } from './event-stream.js';
import { type RoomEventRecord, RoomFollower } from './room-follower.js';
import type { WebhookDelivery } from './webhook-delivery.js';

interface Followed {
  follower: RoomFollower;
  streams: Set<EventStream>;
  /** Followed for the outgoing webhooks while the room has agents (since when, ms). */
  forWebhooksSince: number | undefined;
  linger: NodeJS.Timeout | undefined;
}

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

/** A room followed for webhooks keeps its follower this long without agents before letting go. */
const AGENTLESS_GRACE_MS = 30_000;

export class EventHub {
  readonly #options: EventHubOptions;
  readonly #rooms = new Map<string, Followed>();
  readonly #joining = new Map<string, Promise<Followed>>();
  readonly #events: Counter<'type'>;
  readonly #overflows: Counter<'reason'>;
  readonly #sweep: NodeJS.Timeout;

  constructor(options: EventHubOptions) {
    this.#options = options;
    this.#events = options.metrics.counter(
      'roomvoice_room_events_total',
      'Room events received from agents, by type.',
      ['type'],
    );
    this.#overflows = options.metrics.counter(
      'roomvoice_sse_disconnects_total',
      'SSE subscribers that ended, by reason (closed, overflow, room_closed).',
      ['reason'],
    );
    options.metrics.gauge('roomvoice_rooms_followed', 'Rooms the API follows.', () => this.#rooms.size);
    options.metrics.gauge('roomvoice_sse_subscribers', 'Open SSE streams.', () =>
      [...this.#rooms.values()].reduce((sum, room) => sum + room.streams.size, 0),
    );
    this.#sweep = setInterval(() => this.#releaseAgentless(), 5_000);
    this.#sweep.unref();
  }

  /** The rooms followed now. */
  get rooms(): string[] {
    return [...this.#rooms.keys()];
  }

  /** Streams `room`'s events to an SSE response until it closes. Throws ROOM_NOT_FOUND. */
  async subscribe(
    room: string,
    response: ServerResponse,
    filter: Pick<EventStreamOptions, 'types' | 'agent'>,
  ): Promise<void> {
    const followed = await this.#follow(room);
    const stream = new EventStream(response, {
      ...filter,
      maxBufferedBytes: this.#options.maxBufferedBytes,
      keepAliveMs: this.#options.keepAliveMs,
      onEnd: (reason) => {
        followed.streams.delete(stream);
        this.#overflows.inc({ reason });
        this.#maybeLinger(room, followed);
      },
    });
    followed.streams.add(stream);
    this.#clearLinger(followed);
    stream.announce('ready', { room, agents: followed.follower.agents });
  }

  /** Follows a room that has (or is about to have) agents, for the outgoing webhooks. */
  async watchAgents(room: string): Promise<void> {
    if (!this.#options.webhooks) return;
    try {
      const followed = await this.#follow(room);
      followed.forWebhooksSince ??= Date.now();
      this.#clearLinger(followed);
    } catch (error) {
      this.#options.logger.debug({ err: error, room }, 'room not followed');
    }
  }

  async #follow(room: string): Promise<Followed> {
    const existing = this.#rooms.get(room);
    if (existing) return existing;
    let joining = this.#joining.get(room);
    if (!joining) {
      joining = this.#join(room).finally(() => this.#joining.delete(room));
      this.#joining.set(room, joining);
    }
    return joining;
  }

  async #join(room: string): Promise<Followed> {
    const [found] = await this.#options.api.rooms.listRooms([room]);
    if (!found) throw new FrameworkError('ROOM_NOT_FOUND', `room "${room}" does not exist`);
    const follower = await RoomFollower.join({
      credentials: this.#options.credentials,
      room,
      observer: this.#options.observer,
      logger: this.#options.logger,
    });
    const followed: Followed = {
      follower,
      streams: new Set(),
      forWebhooksSince: undefined,
      linger: undefined,
    };
    follower.on('event', (record) => this.#fanOut(followed, record));
    follower.on('closed', () => {
      if (this.#rooms.get(room) === followed) this.#rooms.delete(room);
      for (const stream of followed.streams) stream.end('room_closed');
    });
    this.#rooms.set(room, followed);
    return followed;
  }

  #fanOut(followed: Followed, record: RoomEventRecord): void {
    this.#events.inc({ type: record.type });
    for (const stream of followed.streams) stream.send(record);
    if (followed.forWebhooksSince !== undefined) this.#options.webhooks?.deliver(record);
  }

  #releaseAgentless(): void {
    const now = Date.now();
    for (const [room, followed] of this.#rooms) {
      const since = followed.forWebhooksSince;
      if (since === undefined || followed.follower.agents.length > 0 || now - since < AGENTLESS_GRACE_MS)
        continue;
      followed.forWebhooksSince = undefined;
      this.#maybeLinger(room, followed);
    }
  }

  #maybeLinger(room: string, followed: Followed): void {
    if (followed.streams.size > 0 || followed.forWebhooksSince !== undefined || followed.linger) return;
    followed.linger = setTimeout(() => {
      followed.linger = undefined;
      if (followed.streams.size > 0 || followed.forWebhooksSince !== undefined) return;
      this.#rooms.delete(room);
      void followed.follower.close('no longer followed');
    }, this.#options.lingerMs);
  }

  #clearLinger(followed: Followed): void {
    clearTimeout(followed.linger);
    followed.linger = undefined;
  }

  async close(): Promise<void> {
    clearInterval(this.#sweep);
    const rooms = [...this.#rooms.values()];
    this.#rooms.clear();
    for (const followed of rooms) {
      this.#clearLinger(followed);
      for (const stream of followed.streams) stream.end('closed');
    }
    await Promise.all(rooms.map((followed) => followed.follower.close('API closing')));
  }
}
