// The worker's health endpoint on 127.0.0.1 (WORKER_HEALTH_PORT): `GET /` answers 200 while the worker
// is registered with the LiveKit server and 503 otherwise; `GET /worker` gives its state as JSON (jobs,
// load, draining, host processes and their rooms).
import { createServer } from 'node:http';
import { FrameworkError } from '../errors.js';
export function startHealthEndpoint(port, state) {
    const server = createServer((request, response) => {
        const { healthy, worker } = state();
        if (request.url === '/worker') {
            response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(worker));
            return;
        }
        if (request.url === '/') {
            response.writeHead(healthy ? 200 : 503).end(healthy ? 'OK' : 'not registered with LiveKit');
            return;
        }
        response.writeHead(404).end();
    });
    return new Promise((resolve, reject) => {
        server.once('error', (error) => reject(error.code === 'EADDRINUSE'
            ? new FrameworkError('PORT_IN_USE', `port ${port} (WORKER_HEALTH_PORT) on 127.0.0.1 is already in use by another program`)
            : error));
        server.listen(port, '127.0.0.1', () => {
            resolve({
                port: server.address().port,
                close: () => new Promise((done) => server.close(() => done())),
            });
        });
    });
}
//# sourceMappingURL=health.js.map