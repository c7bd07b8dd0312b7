// What `pnpm start` and `pnpm dev` run against a LiveKit server: the worker, registered under its general
// name and every definition's name, and the HTTP API beside it (unless ROOMVOICE_API_PORT=off).
import type { ApiSettings } from '../api/config.js';
import type { ApiContext } from '../api/context.js';
import type { RouteSpec } from '../api/router.js';
import { type RunningApi, startApi } from '../api/server.js';
import { type AgentCatalog, agentsDirFromEnv, loadCatalog } from '../dispatch/agent-catalog.js';
import type { LiveKitCredentials } from '../dispatch/credentials.js';
import { createWorker, type RunningWorker, workerOptionsFromEnv } from '../dispatch/worker.js';
import { log } from '../telemetry/log.js';

export interface Runtime {
  catalog: AgentCatalog;
  api: RunningApi | undefined;
  /**
   * Starts the worker (after the API, so the server's webhooks find it listening); undefined when the
   * runtime was closed while it started.
   */
  startWorker(): Promise<RunningWorker | undefined>;
  /**
   * Stops the worker, then the API. `drain` (production) lets the rooms finish, up to
   * WORKER_DRAIN_TIMEOUT; `now` (a developer's Ctrl-C) ends them at once.
   */
  close(how: 'drain' | 'now'): Promise<void>;
}

export async function startRuntime(
  credentials: LiveKitCredentials,
  settings: ApiSettings,
  extraRoutes?: (context: ApiContext) => RouteSpec[],
): Promise<Runtime> {
  const catalog = await loadCatalog(agentsDirFromEnv());
  for (const { file, message } of catalog.skipped) log().warn({ file }, `definition skipped: ${message}`);
  const options = workerOptionsFromEnv(credentials);
  const naming = { generalName: options.agentName, fallback: options.defaultAgent };
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
      const created = createWorker({ ...options, definitions });
      worker = created;
      if (!(await created.start())) return undefined;
      log().info(
        {
          url: credentials.url,
          agent: options.agentName,
          definitions,
          isolation: options.isolation,
          hosts: options.isolation === 'host' ? options.hosts : undefined,
          maxJobs: options.maxJobs,
          health: `http://127.0.0.1:${created.healthPort}`,
        },
        'worker registered; waiting for dispatches',
      );
      return created;
    },
    async close(how) {
      await (how === 'drain' ? worker?.drain() : worker?.close());
      await api?.close();
    },
  };
}
