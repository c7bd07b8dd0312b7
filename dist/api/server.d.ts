import type { AgentCatalog } from '../dispatch/agent-catalog.js';
import type { LiveKitCredentials } from '../dispatch/credentials.js';
import { Reconciler } from '../dispatch/reconciler.js';
import type { AgentNaming } from '../dispatch/room-agents.js';
import type { Logger } from '../telemetry/log.js';
import type { ApiSettings } from './config.js';
import type { ApiContext } from './context.js';
import { type RouteSpec } from './router.js';
export interface ApiOptions {
    credentials: LiveKitCredentials;
    catalog: AgentCatalog;
    naming: AgentNaming;
    settings: ApiSettings & {
        port: number;
    };
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
export declare function startApi(options: ApiOptions): Promise<RunningApi>;
