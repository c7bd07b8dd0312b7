// POST /v1/livekit/webhook: LiveKit's webhooks (point the server's `webhook.urls` here). Authenticated
// by LiveKit's own signature, not the API's bearer token; a replayed event is acknowledged and ignored.
import { serverKind } from '../../dispatch/dispatch-rules.js';
import type { ApiContext } from '../context.js';
import { route } from '../router.js';
import { webhookAck } from '../schemas.js';

export const LIVEKIT_WEBHOOK_PATH = '/v1/livekit/webhook';

export function livekitWebhookRoutes(context: ApiContext) {
  const received = context.metrics.counter(
    'roomvoice_livekit_webhooks_total',
    'LiveKit webhooks received, by event and whether they were duplicates.',
    ['event', 'duplicate'],
  );
  return [
    route({
      method: 'POST',
      path: LIVEKIT_WEBHOOK_PATH,
      operationId: 'livekitWebhook',
      tag: 'livekit',
      summary: "Receive LiveKit's webhooks",
      description:
        "Signed by LiveKit with the API key pair (the `Authorization` header holds LiveKit's JWT over the body). Drives the definitions' dispatch rules and follows rooms agents join. Events outside a 5 minute window are refused; an event id seen before is acknowledged as a duplicate and does nothing.",
      auth: 'livekit-webhook',
      bodyTypes: ['application/webhook+json', 'application/json'],
      responses: {
        200: { description: 'Received.', schema: webhookAck },
        401: { description: 'WEBHOOK_SIGNATURE_INVALID or WEBHOOK_STALE.' },
      },
      handle: async ({ rawBody, headers }) => {
        const { event, duplicate } = await context.livekitWebhooks.receive(rawBody, headers.authorization);
        received.inc({ event: event.event, duplicate: String(duplicate) });
        if (!duplicate) {
          await context.triggers.onWebhook(event);
          if (
            event.event === 'participant_joined' &&
            event.room &&
            serverKind(event.participant?.kind ?? 0) === 'agent'
          )
            void context.hub.watchAgents(event.room.name);
        }
        return { status: 200, json: webhookAck.parse({ received: event.event, duplicate }) };
      },
    }),
  ];
}
