// What `pnpm start` and `pnpm dev` run against a LiveKit server: the worker, registered under its general
// name and every definition's name, and the HTTP API beside it (unless ROOMVOICE_API_PORT=off).
import type { ApiSettings } from '../api/config.js';
import type { ApiContext } from '../api/context.js';
import type { RouteSpec } from '../api/router.js';
import { type RunningApi, startApi } from '../api/server.js';
import { type AgentCatalog, agentsDirFromEnv, loadCatalog } from '../dispatch/agent-catalog.js';
import type { LiveKitCredentials } from '../dispatch/credentials.js';
import { type RunningWorker, startWorker, workerOptionsFromEnv } from '../dispatch/worker.js';
import { log } from '../telemetry/log.js';

export interface Runtime {
  catalog: AgentCatalog;
  api: RunningApi | undefined;
  /** Starts the worker (after the API, so the server's webhooks find it listening). */
  startWorker(): Promise<RunningWorker>;
  close(): Promise<void>;
}

export async function startRuntime(
  credentials: LiveKitCredentials,
  settings: ApiSettings,
  extraRoutes?: (context: ApiContext) => RouteSpec[],
): Promise<Runtime> {
  const catalog = await loadCatalog(agentsDirFromEnv());
  for (const { file, message } of catalog.skipped) log().warn({ file }, `definition skipped: ${message}`);
  const options = workerOptionsFromEnv(credentials);
  const naming = { generalName: options.agentName, fallback: options.defaultDefinition };
  const api =
    settings.port === undefined
      ? undefined
      : await startApi({
          credentials,
          catalog,
          naming,
          settings: { ...settings, port: settings.port },
          logger: log(),
          extraRoutes,
        });
  let worker: RunningWorker | undefined;
  return {
    catalog,
    api,
    async startWorker() {
      const definitions = catalog.definitions.map((loaded) => loaded.definition.name);
      worker = await startWorker({ ...options, definitions });
      log().info(
        { url: credentials.url, agent: options.agentName, definitions },
        'worker registered; waiting for dispatches',
      );
      return worker;
    },
    async close() {
      await worker?.close();
      await api?.close();
    },
  };
}
