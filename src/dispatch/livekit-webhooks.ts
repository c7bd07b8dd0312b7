// LiveKit's webhooks as this project receives them (the server's `webhook` config points at the API):
// the signature is verified with the API key pair (livekit-server-sdk's WebhookReceiver: a JWT over the
// body's SHA-256), events older than the accepted window are refused as stale, and an event already seen
// (LiveKit retries, a replay) is reported as a duplicate so it does nothing twice.
import { type WebhookEvent, WebhookReceiver } from 'livekit-server-sdk';
import { FrameworkError } from '../errors.js';
import type { LiveKitCredentials } from './credentials.js';

/** LiveKit signs each webhook with a token valid for 5 minutes; older events are stale. */
export const DEFAULT_WEBHOOK_MAX_AGE_MS = 5 * 60_000;

export interface ReceivedWebhook {
  event: WebhookEvent;
  /** True when this event id was already received inside the window: act on it once only. */
  duplicate: boolean;
}

export class LiveKitWebhooks {
  readonly #receiver: WebhookReceiver;
  readonly #maxAgeMs: number;
  /** Event ids received inside the window, oldest first, with when they arrived. */
  readonly #seen = new Map<string, number>();

  constructor(credentials: LiveKitCredentials, maxAgeMs = DEFAULT_WEBHOOK_MAX_AGE_MS) {
    this.#receiver = new WebhookReceiver(credentials.apiKey, credentials.apiSecret);
    this.#maxAgeMs = maxAgeMs;
  }

  /**
   * Verifies and reads one webhook post. Throws WEBHOOK_SIGNATURE_INVALID for a missing or wrong
   * signature, WEBHOOK_STALE for an expired signature or an event outside the window, WEBHOOK_BODY_INVALID
   * for a signed body that is not a webhook event.
   */
  async receive(
    body: string,
    authorization: string | undefined,
    nowMs = Date.now(),
  ): Promise<ReceivedWebhook> {
    let event: WebhookEvent;
    try {
      event = await this.#receiver.receive(body, authorization);
    } catch (error) {
      // The receiver verifies first, then parses: a parse error means the signature held.
      if (error instanceof SyntaxError || /^cannot decode/.test((error as Error).message))
        throw new FrameworkError('WEBHOOK_BODY_INVALID', 'the webhook body is not a LiveKit webhook event');
      if ((error as { code?: string }).code === 'ERR_JWT_EXPIRED')
        throw new FrameworkError('WEBHOOK_STALE', 'the webhook signature has expired');
      throw new FrameworkError('WEBHOOK_SIGNATURE_INVALID', 'the webhook signature does not verify');
    }
    const createdMs = Number(event.createdAt) * 1000;
    if (!event.id || !Number.isFinite(createdMs) || Math.abs(nowMs - createdMs) > this.#maxAgeMs)
      throw new FrameworkError(
        'WEBHOOK_STALE',
        `the webhook event is outside the ${this.#maxAgeMs / 1000} s window`,
      );
    this.#forgetBefore(nowMs - this.#maxAgeMs);
    const duplicate = this.#seen.has(event.id);
    if (!duplicate) this.#seen.set(event.id, nowMs);
    return { event, duplicate };
  }

  #forgetBefore(cutoffMs: number): void {
    for (const [id, at] of this.#seen) {
      if (at >= cutoffMs) break;
      this.#seen.delete(id);
    }
  }
}
