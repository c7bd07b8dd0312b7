// The metrics endpoint: `GET /metrics` in Prometheus text format, on 127.0.0.1 unless told otherwise
// (METRICS_HOST), on METRICS_PORT (0, the default, picks a free port; the process logs which). What it
// serves comes from a function, so a process that gathers other processes' metrics can serve them too.
import { createServer } from 'node:http';
import { z } from 'zod';
import { FrameworkError } from '../errors.js';
import { metrics } from './metrics.js';
const envSchema = z.object({
    METRICS_HOST: z.string().min(1).default('127.0.0.1'),
    METRICS_PORT: z.coerce.number().int().min(0).max(65_535).default(0),
});
/** The endpoint's host and port from METRICS_HOST and METRICS_PORT. */
export function metricsEndpointFromEnv(env = process.env) {
    const parsed = envSchema.safeParse(env);
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new FrameworkError('CONFIG_INVALID', `${String(issue?.path[0])} ${issue?.message ?? 'is invalid'} (METRICS_PORT takes a port number, 0 for any free one)`);
    }
    return { host: parsed.data.METRICS_HOST, port: parsed.data.METRICS_PORT };
}
const ownRegistry = async () => ({
    text: await metrics().registry.metrics(),
    contentType: metrics().registry.contentType,
});
export function startMetricsEndpoint(options) {
    const collect = options.collect ?? ownRegistry;
    const server = createServer((request, response) => {
        if (request.method !== 'GET' || request.url?.split('?')[0] !== '/metrics') {
            response.writeHead(404).end('not found: metrics are at /metrics\n');
            return;
        }
        collect().then(({ text, contentType }) => response.writeHead(200, { 'content-type': contentType }).end(text), (error) => response.writeHead(500).end(`metrics could not be collected: ${error.message}\n`));
    });
    return new Promise((resolve, reject) => {
        server.once('error', (error) => reject(error.code === 'EADDRINUSE'
            ? new FrameworkError('PORT_IN_USE', `port ${options.port} (METRICS_PORT) on ${options.host} is already in use by another program`)
            : error));
        server.listen(options.port, options.host, () => {
            const { port } = server.address();
            resolve({
                url: `http://${options.host}:${port}/metrics`,
                close: () => new Promise((done) => server.close(() => done())),
            });
        });
    });
}
let serving;
/** Serves this process's metrics (METRICS_HOST, METRICS_PORT) once, however often it is called; logs where. */
export function serveProcessMetrics(logger) {
    serving ??= startMetricsEndpoint(metricsEndpointFromEnv()).then((endpoint) => {
        logger.info({ url: endpoint.url }, 'serving metrics');
        return endpoint;
    });
    return serving;
}
//# sourceMappingURL=metrics-endpoint.js.map