import { RoomEvent } from '@livekit/rtc-node';
import { z } from 'zod';
export const FLOOR_ATTRIBUTE = 'roomvoice.floor';
export const FLOOR_REQUEST_ATTRIBUTE = 'roomvoice.floor_request';
export const FLOOR_ANSWER_ATTRIBUTE = 'roomvoice.floor_answer';
export const floorRequestSchema = z.strictObject({
    id: z.string().min(1).max(64),
    policy: z.string().max(64),
});
export const floorAnswerSchema = z.union([
    z.strictObject({ id: z.string(), policy: z.string(), previous: z.string() }),
    z.strictObject({ id: z.string(), error: z.enum(['no_floor', 'invalid_policy']), message: z.string() }),
]);
/** Reads a JSON attribute with a schema; undefined when absent or malformed. */
export function readJsonAttribute(value, schema) {
    if (!value)
        return undefined;
    try {
        const parsed = schema.safeParse(JSON.parse(value));
        return parsed.success ? parsed.data : undefined;
    }
    catch {
        return undefined;
    }
}
export class FloorAttribute {
    #room;
    #logger;
    #lastRequest;
    constructor(room, logger) {
        this.#room = room;
        this.#logger = logger;
    }
    /** Publishes the policy in force (or clears it); returns at once. */
    publish(policy) {
        this.#set({ [FLOOR_ATTRIBUTE]: policy ?? '' });
    }
    /** Calls `decide` for each new request written on the agent, and publishes its answer. */
    onRequest(decide) {
        const local = this.#room.localParticipant;
        const check = () => {
            const raw = local?.attributes[FLOOR_REQUEST_ATTRIBUTE];
            if (!raw || raw === this.#lastRequest)
                return;
            this.#lastRequest = raw;
            const request = readJsonAttribute(raw, floorRequestSchema);
            if (!request) {
                this.#logger.warn({ raw: raw.slice(0, 120) }, 'malformed floor request ignored');
                return;
            }
            this.#set({ [FLOOR_ANSWER_ATTRIBUTE]: JSON.stringify(decide(request)) });
        };
        const onChanged = (_changed, participant) => {
            if (participant.identity === local?.identity)
                check();
        };
        // A request written before the agent joined is not acted on: it was meant for an earlier agent.
        this.#lastRequest = local?.attributes[FLOOR_REQUEST_ATTRIBUTE];
        this.#room.on(RoomEvent.ParticipantAttributesChanged, onChanged);
        return () => this.#room.off(RoomEvent.ParticipantAttributesChanged, onChanged);
    }
    #set(attributes) {
        const participant = this.#room.localParticipant;
        if (!participant || !this.#room.isConnected)
            return;
        participant
            .setAttributes(attributes)
            .catch((error) => this.#logger.warn({ err: error }, 'floor attributes not published'));
    }
}
//# sourceMappingURL=floor-attribute.js.map