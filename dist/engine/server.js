// The engine's network face: an http(s) server on loopback that upgrades `/v1/realtime?model=...`
// (also `/realtime` and Azure's `/openai/v1/realtime`) to a realtime session. It checks the API key
// (401 before the upgrade, like the hosted service), turns away the retired beta shape (error
// beta_api_shape_disabled, close 4000) and hands each socket to a RealtimeSession. Owns what sessions
// share: the speech recogniser (one worker process, stopped on close) and the sessions' snapshots.
import { createServer as createHttpServer } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { WebSocketServer } from 'ws';
import { z } from 'zod';
import { loadSileroModel } from '../audio/vad/silero.js';
import { FrameworkError } from '../errors.js';
import { log } from '../telemetry/log.js';
import { echoBehaviour } from './behaviours/echo.js';
import { generateLoopbackCertificate } from './certificate.js';
import { mintId } from './ids.js';
import { RealtimeSession } from './realtime-session.js';
import { DEFAULT_PACING } from './response-run.js';
import { SpeechRecogniser } from './transcription/speech-recogniser.js';
/** Closed sessions whose final snapshot the engine keeps. */
export const CLOSED_SESSIONS_KEPT = 16;
const REALTIME_PATHS = new Set(['/v1/realtime', '/realtime', '/openai/v1/realtime', '/openai/realtime']);
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1']);
function rejectUpgrade(socket, status, reason, error) {
    const body = JSON.stringify({ error });
    socket.end(`HTTP/1.1 ${status} ${reason}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`);
}
/** The key the client presented: Bearer token, Azure api-key header, or browser subprotocol. */
function presentedKey(request) {
    const bearer = /^Bearer\s+(.+)$/i.exec(request.headers.authorization ?? '')?.[1];
    if (bearer)
        return bearer.trim();
    const azure = request.headers['api-key'];
    if (typeof azure === 'string' && azure !== '')
        return azure;
    const protocols = (request.headers['sec-websocket-protocol'] ?? '').split(',').map((p) => p.trim());
    const insecure = protocols.find((p) => p.startsWith('openai-insecure-api-key.'));
    return insecure?.slice('openai-insecure-api-key.'.length);
}
/** The plain-data options, checked before anything starts. */
const engineOptionsSchema = z.object({
    port: z.int().min(0).max(65_535).optional(),
    host: z
        .string()
        .refine((h) => LOOPBACK.has(h), 'is not a loopback address; use 127.0.0.1')
        .optional(),
    sessionCapMs: z.int().positive().optional(),
    apiKey: z.string().min(1).optional(),
    pacing: z
        .object({ speed: z.number().positive().optional(), chunkMs: z.int().min(10).max(1_000).optional() })
        .optional(),
    transcription: z
        .object({
        python: z.string().min(1).optional(),
        modelDir: z.string().min(1).optional(),
        timeoutMs: z.int().positive().optional(),
    })
        .optional(),
});
export async function startEngine(options = {}) {
    const checked = engineOptionsSchema.safeParse(options);
    if (!checked.success) {
        throw new FrameworkError('CONFIG_INVALID', `engine options are invalid:\n${z.prettifyError(checked.error)}`);
    }
    const host = options.host ?? '127.0.0.1';
    const logger = (options.log ?? log()).child({ component: 'engine' });
    const behaviour = options.behaviour ?? echoBehaviour();
    const pacing = { ...DEFAULT_PACING, ...options.pacing };
    const sessionCapMs = options.sessionCapMs ?? 60 * 60_000;
    // Started on the first session that turns transcription on, not before.
    const recogniser = new SpeechRecogniser({ ...options.transcription, log: logger });
    const open = new Set();
    const closed = [];
    // Load the VAD model up front so the first session's first audio is not delayed by it.
    await loadSileroModel();
    let tls;
    if (options.tls === true)
        tls = await generateLoopbackCertificate();
    else if (options.tls)
        tls = options.tls;
    const server = tls ? createHttpsServer({ cert: tls.cert, key: tls.key }) : createHttpServer();
    server.on('request', (_request, response) => {
        response.writeHead(404, { 'content-type': 'application/json' });
        response.end(JSON.stringify({
            error: {
                message: 'Only the realtime WebSocket endpoint /v1/realtime is served here.',
                type: 'invalid_request_error',
                code: 'not_found',
                param: null,
            },
        }));
    });
    const wss = new WebSocketServer({
        noServer: true,
        // Room for a 15 MiB append as base64 plus its JSON envelope.
        maxPayload: 24 * 1024 * 1024,
        handleProtocols: (protocols) => (protocols.has('realtime') ? 'realtime' : false),
    });
    server.on('upgrade', (request, socket, head) => {
        const url = new URL(request.url ?? '/', 'http://127.0.0.1');
        const requestLog = logger.child({ request: mintId('event') });
        if (!REALTIME_PATHS.has(url.pathname.replace(/\/$/, ''))) {
            rejectUpgrade(socket, 404, 'Not Found', {
                message: `Unknown path ${url.pathname}; the realtime endpoint is /v1/realtime.`,
                type: 'invalid_request_error',
                code: 'not_found',
                param: null,
            });
            return;
        }
        const model = url.searchParams.get('model') ?? url.searchParams.get('deployment');
        if (!model) {
            rejectUpgrade(socket, 400, 'Bad Request', {
                message: "Missing required parameter: 'model'.",
                type: 'invalid_request_error',
                code: 'missing_required_parameter',
                param: 'model',
            });
            return;
        }
        const key = presentedKey(request);
        if (!key || (options.apiKey !== undefined && key !== options.apiKey)) {
            requestLog.info('rejected upgrade: bad API key');
            rejectUpgrade(socket, 401, 'Unauthorized', {
                message: key
                    ? 'Incorrect API key provided.'
                    : "You didn't provide an API key. Provide it in an Authorization header (Bearer auth).",
                type: 'invalid_request_error',
                code: key ? 'invalid_api_key' : null,
                param: null,
            });
            return;
        }
        const beta = String(request.headers['openai-beta'] ?? '');
        wss.handleUpgrade(request, socket, head, (ws) => {
            if (beta.includes('realtime')) {
                const reason = 'invalid_request_error.beta_api_shape_disabled';
                ws.send(JSON.stringify({
                    type: 'error',
                    event_id: mintId('event'),
                    error: {
                        type: 'invalid_request_error',
                        code: 'beta_api_shape_disabled',
                        message: 'The Realtime Beta API is no longer supported. Please use /v1/realtime for the GA API.',
                        param: null,
                        event_id: null,
                    },
                }));
                ws.close(4000, reason);
                return;
            }
            const session = new RealtimeSession(ws, {
                model,
                behaviour,
                pacing,
                sessionCapMs,
                recogniser,
                log: logger,
                onClosed: (ended) => {
                    open.delete(ended);
                    closed.push(ended.snapshot());
                    if (closed.length > CLOSED_SESSIONS_KEPT)
                        closed.shift();
                },
            });
            open.add(session);
            session.start();
        });
    });
    await new Promise((resolve, reject) => {
        server.once('error', (error) => reject(error.code === 'EADDRINUSE'
            ? new FrameworkError('PORT_IN_USE', `engine port ${options.port} on ${host} is already in use`, {
                cause: error,
            })
            : error));
        server.listen(options.port ?? 0, host, resolve);
    });
    const port = server.address().port;
    const scheme = tls ? 'https' : 'http';
    const wsScheme = tls ? 'wss' : 'ws';
    logger.info({ port, tls: Boolean(tls), behaviour: behaviour.name }, 'engine listening');
    return {
        url: `${wsScheme}://${host}:${port}/v1/realtime`,
        httpUrl: `${scheme}://${host}:${port}/v1`,
        port,
        certPem: tls?.cert,
        certPath: tls?.certPath,
        sessions: () => [...closed, ...[...open].map((session) => session.snapshot())],
        close: async () => {
            for (const client of wss.clients)
                client.terminate();
            wss.close();
            server.closeAllConnections();
            await Promise.all([new Promise((resolve) => server.close(() => resolve())), recogniser.close()]);
        },
    };
}
//# sourceMappingURL=server.js.map