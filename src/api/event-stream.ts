// One server-sent-events subscriber of a room: events are written as they come (`id`, `event`, `data`
// lines), filtered by type, with a comment line as keep-alive. Writing never waits: a subscriber that
// does not read falls behind in its own socket buffer, and once that holds more than the limit it is cut
// off, so a slow reader costs the room nothing and memory stays bounded.
import type { ServerResponse } from 'node:http';
import type { RoomEventRecord } from './room-follower.js';

export interface EventStreamOptions {
  /** Only these event types (all when undefined). */
  types?: ReadonlySet<string>;
  /** Only this agent's events (all when undefined). */
  agent?: string;
  /** Bytes a subscriber may have unread before it is cut off. */
  maxBufferedBytes: number;
  keepAliveMs: number;
  /** Called once when the stream ends, however it ends. */
  onEnd(reason: 'closed' | 'overflow' | 'room_closed'): void;
}

/** The SSE id of a record: the agent's identity and sequence number, or the follower's own event. */
export function recordId(record: RoomEventRecord): string {
  return record.seq === undefined
    ? `${record.identity}:${record.type}:${record.at}`
    : `${record.identity}:${record.seq}`;
}

export class EventStream {
  readonly #response: ServerResponse;
  readonly #options: EventStreamOptions;
  readonly #keepAlive: NodeJS.Timeout;
  #ended = false;

  constructor(response: ServerResponse, options: EventStreamOptions) {
    this.#response = response;
    this.#options = options;
    response.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      connection: 'keep-alive',
      'x-accel-buffering': 'no',
    });
    response.flushHeaders();
    this.#keepAlive = setInterval(() => this.#write(': keep-alive\n\n'), options.keepAliveMs);
    response.on('close', () => this.end('closed'));
  }

  /** Writes one named event with JSON data, bypassing the filters (the `ready` greeting). */
  announce(event: string, data: unknown): void {
    this.#write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
  }

  send(record: RoomEventRecord): void {
    if (this.#options.types && !this.#options.types.has(record.type)) return;
    if (this.#options.agent && this.#options.agent !== record.agent) return;
    this.#write(`id: ${recordId(record)}\nevent: ${record.type}\ndata: ${JSON.stringify(record)}\n\n`);
  }

  #write(text: string): void {
    if (this.#ended) return;
    if (this.#response.writableLength > this.#options.maxBufferedBytes) {
      this.end('overflow');
      return;
    }
    this.#response.write(text);
  }

  end(reason: 'closed' | 'overflow' | 'room_closed'): void {
    if (this.#ended) return;
    if (reason === 'room_closed') this.announce('room_closed', {});
    this.#ended = true;
    clearInterval(this.#keepAlive);
    // A subscriber that fell behind gets no goodbye: its buffer is full. Others get a clean end.
    if (reason === 'overflow') this.#response.destroy();
    else this.#response.end();
    this.#options.onEnd(reason);
  }
}
