import { startApi } from '../api/server.js';
import { agentsDirFromEnv, loadCatalog } from '../dispatch/agent-catalog.js';
import { createWorker, workerOptionsFromEnv } from '../dispatch/worker.js';
import { log } from '../telemetry/log.js';
export async function startRuntime(credentials, settings, extraRoutes) {
    const catalog = await loadCatalog(agentsDirFromEnv());
    for (const { file, message } of catalog.skipped)
        log().warn({ file }, `definition skipped: ${message}`);
    const options = workerOptionsFromEnv(credentials);
    const naming = { generalName: options.agentName, fallback: options.defaultAgent };
    const api = settings.port === undefined
        ? undefined
        : await startApi({
            credentials,
            catalog,
            naming,
            settings: { ...settings, port: settings.port },
            logger: log(),
            extraRoutes,
        });
    let worker;
    return {
        catalog,
        api,
        async startWorker() {
            const definitions = catalog.definitions.map((loaded) => loaded.definition.name);
            const created = createWorker({ ...options, definitions });
            worker = created;
            if (!(await created.start()))
                return undefined;
            log().info({
                url: credentials.url,
                agent: options.agentName,
                definitions,
                isolation: options.isolation,
                hosts: options.isolation === 'host' ? options.hosts : undefined,
                maxJobs: options.maxJobs,
                health: `http://127.0.0.1:${created.healthPort}`,
            }, 'worker registered; waiting for dispatches');
            return created;
        },
        async close() {
            await worker?.drain();
            await api?.close();
        },
    };
}
//# sourceMappingURL=runtime.js.map