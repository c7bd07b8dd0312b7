// A server-sent-events reader for tests: subscribes with fetch, parses `id`/`event`/`data` frames as
// they arrive, and keeps every frame and room event record with its arrival time.
import type { RoomEventRecord } from '../../src/api/room-follower.js';

export interface SseFrame {
  id?: string;
  event: string;
  data: unknown;
  receivedAt: number;
}

export interface EventStreamReader {
  status: number;
  frames: SseFrame[];
  /** The data of every frame that is a room event (not `ready` or `room_closed`). */
  readonly records: (RoomEventRecord & { receivedAt: number })[];
  /** Resolves when the stream ends. */
  ended: Promise<void>;
  close(): void;
}

export async function openEventStream(
  baseUrl: string,
  path: string,
  token: string,
): Promise<EventStreamReader> {
  const abort = new AbortController();
  const response = await fetch(`${baseUrl}${path}`, {
    headers: { authorization: `Bearer ${token}`, accept: 'text/event-stream' },
    signal: abort.signal,
  });
  const frames: SseFrame[] = [];
  const ended = (async () => {
    if (!response.body) return;
    const decoder = new TextDecoder();
    let buffer = '';
    try {
      for await (const chunk of response.body) {
        buffer += decoder.decode(chunk as Uint8Array, { stream: true });
        let end = buffer.indexOf('\n\n');
        while (end >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          end = buffer.indexOf('\n\n');
          const fields: Record<string, string> = {};
          for (const line of block.split('\n')) {
            if (line.startsWith(':') || !line.includes(':')) continue;
            const at = line.indexOf(':');
            fields[line.slice(0, at)] = line.slice(at + 1).trimStart();
          }
          if (fields.data === undefined) continue;
          frames.push({
            id: fields.id,
            event: fields.event ?? 'message',
            data: JSON.parse(fields.data),
            receivedAt: Date.now(),
          });
        }
      }
    } catch {
      // Aborted or cut off: the frames so far stand.
    }
  })();
  return {
    status: response.status,
    frames,
    get records() {
      return frames
        .filter((frame) => frame.id !== undefined)
        .map((frame) => ({ ...(frame.data as RoomEventRecord), receivedAt: frame.receivedAt }));
    },
    ended,
    close: () => abort.abort(),
  };
}
