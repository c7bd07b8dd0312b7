import type { ParticipantInfo, Room, WebhookEvent } from 'livekit-server-sdk';
import type { Logger } from '../telemetry/log.js';
import type { Dispatcher } from './dispatcher.js';
export declare class RoomTriggers {
    #private;
    constructor(dispatcher: Dispatcher, logger: Logger);
    /** A token was minted for `identity` in `room` asking for `agent`: dispatch it when they join. */
    expectFromToken(room: string, identity: string, agent: string, ttlMs: number): void;
    /** Acts on one verified, first-seen LiveKit webhook. */
    onWebhook(event: WebhookEvent): Promise<void>;
    /** What the sweep sees of a room: fires what the webhooks would have. */
    sweepRoom(room: Room, participants: readonly ParticipantInfo[]): Promise<void>;
    /** Forgets rooms that no longer exist (by sid). */
    keepOnly(sids: ReadonlySet<string>): void;
}
