// The agent's floor policy as participant attributes, so any front end can show it and a backend can
// switch it with no one in the room: the agent publishes the policy in force as `roomvoice.floor`; a
// backend writes `roomvoice.floor_request` = {"id", "policy"} on the agent through the server API
// (RoomService UpdateParticipant), and the agent answers in `roomvoice.floor_answer` with the same id.
// Only holders of the API secret can write another participant's attributes, so LiveKit itself
// authenticates the request. This module only moves the attributes; the relay decides (floor-control.ts).
import type { Room } from '@livekit/rtc-node';
import { RoomEvent } from '@livekit/rtc-node';
import { z } from 'zod';
import type { Logger } from '../telemetry/log.js';

export const FLOOR_ATTRIBUTE = 'roomvoice.floor';
export const FLOOR_REQUEST_ATTRIBUTE = 'roomvoice.floor_request';
export const FLOOR_ANSWER_ATTRIBUTE = 'roomvoice.floor_answer';

export const floorRequestSchema = z.strictObject({
  id: z.string().min(1).max(64),
  policy: z.string().max(64),
});
export type FloorRequest = z.infer<typeof floorRequestSchema>;

export const floorAnswerSchema = z.union([
  z.strictObject({ id: z.string(), policy: z.string(), previous: z.string() }),
  z.strictObject({ id: z.string(), error: z.enum(['no_floor', 'invalid_policy']), message: z.string() }),
]);
export type FloorAnswer = z.infer<typeof floorAnswerSchema>;

/** Reads a JSON attribute with a schema; undefined when absent or malformed. */
export function readJsonAttribute<T extends z.ZodType>(
  value: string | undefined,
  schema: T,
): z.output<T> | undefined {
  if (!value) return undefined;
  try {
    const parsed = schema.safeParse(JSON.parse(value));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

export class FloorAttribute {
  readonly #room: Room;
  readonly #logger: Logger;
  #lastRequest: string | undefined;

  constructor(room: Room, logger: Logger) {
    this.#room = room;
    this.#logger = logger;
  }

  /** Publishes the policy in force (or clears it); returns at once. */
  publish(policy: string | undefined): void {
    this.#set({ [FLOOR_ATTRIBUTE]: policy ?? '' });
  }

  /** Calls `decide` for each new request written on the agent, and publishes its answer. */
  onRequest(decide: (request: FloorRequest) => FloorAnswer): () => void {
    const local = this.#room.localParticipant;
    const check = () => {
      const raw = local?.attributes[FLOOR_REQUEST_ATTRIBUTE];
      if (!raw || raw === this.#lastRequest) return;
      this.#lastRequest = raw;
      const request = readJsonAttribute(raw, floorRequestSchema);
      if (!request) {
        this.#logger.warn({ raw: raw.slice(0, 120) }, 'malformed floor request ignored');
        return;
      }
      this.#set({ [FLOOR_ANSWER_ATTRIBUTE]: JSON.stringify(decide(request)) });
    };
    const onChanged = (_changed: Record<string, string>, participant: { identity: string }) => {
      if (participant.identity === local?.identity) check();
    };
    // A request written before the agent joined is not acted on: it was meant for an earlier agent.
    this.#lastRequest = local?.attributes[FLOOR_REQUEST_ATTRIBUTE];
    this.#room.on(RoomEvent.ParticipantAttributesChanged, onChanged);
    return () => this.#room.off(RoomEvent.ParticipantAttributesChanged, onChanged);
  }

  #set(attributes: Record<string, string>): void {
    const participant = this.#room.localParticipant;
    if (!participant || !this.#room.isConnected) return;
    participant
      .setAttributes(attributes)
      .catch((error: unknown) => this.#logger.warn({ err: error }, 'floor attributes not published'));
  }
}
