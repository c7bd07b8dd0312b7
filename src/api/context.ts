// What the API's routes work with: the LiveKit server, the dispatcher and its triggers, the event hub,
// the catalog of definitions, metrics. Built once by the server (server.ts) and handed to each route group.
import type { LiveKitCredentials } from '../dispatch/credentials.js';
import type { Dispatcher } from '../dispatch/dispatcher.js';
import type { LiveKitWebhooks } from '../dispatch/livekit-webhooks.js';
import type { AgentNaming } from '../dispatch/room-agents.js';
import type { RoomTriggers } from '../dispatch/room-triggers.js';
import type { ServerApi } from '../dispatch/server-api.js';
import type { Logger } from '../telemetry/log.js';
import type { ApiMetrics } from './api-metrics.js';
import type { EventHub } from './event-hub.js';

export interface ApiContext {
  credentials: LiveKitCredentials;
  /** The LiveKit URL handed to clients with their tokens. */
  publicUrl: string;
  api: ServerApi;
  naming: AgentNaming;
  dispatcher: Dispatcher;
  triggers: RoomTriggers;
  livekitWebhooks: LiveKitWebhooks;
  hub: EventHub;
  metrics: ApiMetrics;
  logger: Logger;
}
