import type { ApiSettings } from '../api/config.js';
import type { ApiContext } from '../api/context.js';
import type { RouteSpec } from '../api/router.js';
import { type RunningApi } from '../api/server.js';
import { type AgentCatalog } from '../dispatch/agent-catalog.js';
import type { LiveKitCredentials } from '../dispatch/credentials.js';
import { type RunningWorker } from '../dispatch/worker.js';
export interface Runtime {
    catalog: AgentCatalog;
    api: RunningApi | undefined;
    /**
     * Starts the worker (after the API, so the server's webhooks find it listening); undefined when the
     * runtime was closed while it started.
     */
    startWorker(): Promise<RunningWorker | undefined>;
    /** Drains the worker (the rooms finish, up to WORKER_DRAIN_TIMEOUT), then stops the API. */
    close(): Promise<void>;
}
export declare function startRuntime(credentials: LiveKitCredentials, settings: ApiSettings, extraRoutes?: (context: ApiContext) => RouteSpec[]): Promise<Runtime>;
