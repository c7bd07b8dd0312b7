import { type WebhookEvent } from 'livekit-server-sdk';
import type { LiveKitCredentials } from './credentials.js';
/** LiveKit signs each webhook with a token valid for 5 minutes; older events are stale. */
export declare const DEFAULT_WEBHOOK_MAX_AGE_MS: number;
export interface ReceivedWebhook {
    event: WebhookEvent;
    /** True when this event id was already received inside the window: act on it once only. */
    duplicate: boolean;
}
export declare class LiveKitWebhooks {
    #private;
    constructor(credentials: LiveKitCredentials, maxAgeMs?: number);
    /**
     * Verifies and reads one webhook post. Throws WEBHOOK_SIGNATURE_INVALID for a missing or wrong
     * signature, WEBHOOK_STALE for an expired signature or an event outside the window, WEBHOOK_BODY_INVALID
     * for a signed body that is not a webhook event.
     */
    receive(body: string, authorization: string | undefined, nowMs?: number): Promise<ReceivedWebhook>;
}
