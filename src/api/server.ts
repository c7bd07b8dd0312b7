// The HTTP API: assembles the dispatcher, its triggers and reconciling sweep, the event hub and the
// routes, and serves them on 127.0.0.1 (by default) until closed. `pnpm dev` and `pnpm start` run it;
// embedding code may start it too, or use the parts without HTTP.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { AgentCatalog } from '../dispatch/agent-catalog.js';
import type { LiveKitCredentials } from '../dispatch/credentials.js';
import { Dispatcher } from '../dispatch/dispatcher.js';
import { LiveKitWebhooks } from '../dispatch/livekit-webhooks.js';
import { Reconciler } from '../dispatch/reconciler.js';
import type { AgentNaming } from '../dispatch/room-agents.js';
import { RoomTriggers } from '../dispatch/room-triggers.js';
import { serverApi } from '../dispatch/server-api.js';
import type { Logger } from '../telemetry/log.js';
import { ApiMetrics } from './api-metrics.js';
import { ApiAuth } from './auth.js';
import type { ApiSettings } from './config.js';
import type { ApiContext } from './context.js';
import { EventHub } from './event-hub.js';
import { Router, type RouteSpec } from './router.js';
import { agentRoutes } from './routes/agents.js';
import { livekitWebhookRoutes } from './routes/livekit-webhook.js';
import { roomRoutes } from './routes/rooms.js';
import { serviceRoutes } from './routes/service.js';
import { tokenRoutes } from './routes/tokens.js';
import { WebhookDelivery } from './webhook-delivery.js';

export interface ApiOptions {
  credentials: LiveKitCredentials;
  catalog: AgentCatalog;
  naming: AgentNaming;
  settings: ApiSettings & { port: number };
  logger: Logger;
  /** More routes served beside the API's own (the playground). */
  extraRoutes?: (context: ApiContext) => RouteSpec[];
  /** Largest request body, bytes (default 64 KiB). */
  bodyLimit?: number;
  /** Unread bytes after which an SSE subscriber is cut off (default 1 MiB). */
  maxBufferedBytes?: number;
}

export interface RunningApi {
  /** http://host:port */
  url: string;
  context: ApiContext;
  reconciler: Reconciler;
  routes: readonly RouteSpec[];
  close(): Promise<void>;
}

export async function startApi(options: ApiOptions): Promise<RunningApi> {
  const { credentials, settings } = options;
  const logger = options.logger.child({ component: 'api' });
  const metrics = new ApiMetrics();
  const api = serverApi(credentials);
  const dispatcher = new Dispatcher({
    api,
    catalog: options.catalog,
    naming: options.naming,
    graceMs: settings.dispatchGraceMs,
    logger: logger.child({ component: 'dispatcher' }),
  });
  const dispatches = metrics.counter(
    'roomvoice_dispatches_total',
    'Dispatch requests by route and outcome (created, or reused: already there or on its way).',
    ['route', 'outcome'],
  );
  dispatcher.on('dispatched', ({ route, created }) =>
    dispatches.inc({ route, outcome: created ? 'created' : 'reused' }),
  );
  const triggers = new RoomTriggers(dispatcher, logger.child({ component: 'room-triggers' }));
  const webhooks = settings.webhook
    ? new WebhookDelivery({
        ...settings.webhook,
        attempts: 6,
        retryDelayMs: 500,
        timeoutMs: 5_000,
        maxQueued: 1_000,
        logger: logger.child({ component: 'webhook-delivery' }),
        deliveries: metrics.counter(
          'roomvoice_webhook_deliveries_total',
          'Outgoing webhook deliveries by outcome.',
          ['outcome'],
        ),
      })
    : undefined;
  const hub = new EventHub({
    credentials,
    api,
    observer: settings.observer,
    webhooks,
    lingerMs: 5_000,
    maxBufferedBytes: options.maxBufferedBytes ?? 1 << 20,
    keepAliveMs: 15_000,
    logger,
    metrics,
  });
  const reconciler = new Reconciler({
    api,
    dispatcher,
    triggers,
    naming: options.naming,
    intervalMs: settings.sweepIntervalMs,
    graceMs: settings.dispatchGraceMs,
    logger: logger.child({ component: 'reconciler' }),
  });
  reconciler.on('room', ({ room, agents }) => {
    if (agents > 0) void hub.watchAgents(room);
  });
  const context: ApiContext = {
    credentials,
    publicUrl: settings.publicUrl ?? credentials.url,
    api,
    naming: options.naming,
    dispatcher,
    triggers,
    livekitWebhooks: new LiveKitWebhooks(credentials),
    hub,
    metrics,
    logger,
  };
  const routes: RouteSpec[] = [];
  routes.push(
    ...agentRoutes(context),
    ...tokenRoutes(context),
    ...roomRoutes(context),
    ...livekitWebhookRoutes(context),
    ...serviceRoutes(context, () => routes),
    ...(options.extraRoutes?.(context) ?? []),
  );
  const auth = new ApiAuth({ credentials, apiKey: settings.apiKey });
  const router = new Router({
    routes,
    authenticate: (header) => auth.check(header),
    bodyLimit: options.bodyLimit ?? 64 * 1024,
    logger,
    requests: metrics.counter('roomvoice_api_requests_total', 'API requests by operation and status.', [
      'route',
      'status',
    ]),
  });

  const server: Server = createServer((request, response) => void router.handle(request, response));
  // A client that never finishes its request cannot hold a connection for long; SSE responses are
  // long-lived by design and are not subject to it.
  server.requestTimeout = 30_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(settings.port, settings.host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  reconciler.start();
  const url = `http://${settings.host}:${port}`;
  logger.info({ url }, 'API listening');
  return {
    url,
    context,
    reconciler,
    routes,
    async close() {
      await reconciler.close();
      await hub.close();
      webhooks?.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
