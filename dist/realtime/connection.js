// One WebSocket to a realtime service: the upgrade (with its failures turned into coded local errors),
// the wait for `session.created`, parsed events handed to the owner in arrival order, sends, close.
// It knows nothing of reconnecting or of the conversation; RealtimeClient owns those.
import { randomBytes } from 'node:crypto';
import WebSocket from 'ws';
import { FrameworkError } from '../errors.js';
import { parseServerFrame } from './server-events.js';
import { RealtimeServiceError } from './service-error.js';
const runId = randomBytes(3).toString('hex');
let eventCounter = 0;
/** A fresh client event id (echoed back by the server in errors about that event). */
export function nextClientEventId() {
    eventCounter += 1;
    return `evt_${runId}_${eventCounter}`;
}
export class RealtimeConnection {
    #socket;
    #logger;
    #heartbeat;
    #session = { id: 'unknown', expiresAtMs: null };
    #closedByClient = false;
    #markClosed = () => { };
    /** Settles when the socket has closed, for whatever reason. */
    closed = new Promise((resolve) => {
        this.#markClosed = resolve;
    });
    constructor(socket, logger) {
        this.#socket = socket;
        this.#logger = logger;
    }
    /**
     * Opens a socket and resolves once the server sent `session.created`. Rejects with a FrameworkError
     * (CREDENTIALS_REJECTED on 401/403, SERVER_UNREACHABLE otherwise) or the service's own error when
     * the server answers with `error` first.
     */
    static open(endpoint, handlers, options) {
        const socket = new WebSocket(endpoint.url, {
            headers: { ...endpoint.headers },
            handshakeTimeout: options.timeoutMs,
        });
        const connection = new RealtimeConnection(socket, options.logger);
        const where = redactedUrl(endpoint.url);
        return new Promise((resolve, reject) => {
            let settled = false;
            const fail = (error) => {
                if (settled)
                    return;
                settled = true;
                clearTimeout(timer);
                socket.removeAllListeners();
                socket.on('error', () => { });
                socket.terminate();
                reject(error);
            };
            const timer = setTimeout(() => fail(new FrameworkError('SERVER_UNREACHABLE', `no session.created from ${where} within ${options.timeoutMs} ms`)), options.timeoutMs);
            socket.on('unexpected-response', (_request, response) => {
                const status = response.statusCode ?? 0;
                response.resume();
                fail(status === 401 || status === 403
                    ? new FrameworkError('CREDENTIALS_REJECTED', `${where} refused the credentials (HTTP ${status}); check the API key`)
                    : new FrameworkError('SERVER_UNREACHABLE', `${where} refused the WebSocket upgrade (HTTP ${status})`));
            });
            socket.on('error', (error) => {
                if (!settled)
                    fail(new FrameworkError('SERVER_UNREACHABLE', `cannot reach ${where}: ${error.message}`, {
                        cause: error,
                    }));
                else
                    options.logger.warn({ err: error }, 'realtime socket error');
            });
            socket.on('close', (code, reason) => {
                clearInterval(connection.#heartbeat);
                connection.#markClosed();
                if (!settled) {
                    fail(new FrameworkError('SERVER_UNREACHABLE', `${where} closed the socket before session.created (${code} ${reason})`));
                    return;
                }
                handlers.onClose(connection, code, connection.#closedByClient ? 'closed by client' : reason.toString());
            });
            socket.on('message', (data, isBinary) => {
                const frame = isBinary ? '' : data.toString();
                const parsed = isBinary ? binaryFrame() : parseServerFrame(frame);
                if (!parsed.ok) {
                    handlers.onMalformed(connection, frame.slice(0, 200), parsed);
                    return;
                }
                const event = parsed.event;
                if (!settled) {
                    if (event.type === 'error') {
                        fail(new RealtimeServiceError(event.error));
                        return;
                    }
                    if (event.type !== 'session.created') {
                        options.logger.warn({ type: event.type }, 'event before session.created; ignored');
                        return;
                    }
                    // The SDK types this as the create request; the server object adds id and expires_at (checked by zod).
                    const session = event.session;
                    connection.#session = {
                        id: session.id ?? 'unknown',
                        expiresAtMs: session.expires_at !== undefined ? session.expires_at * 1000 : null,
                    };
                    connection.#logger = options.logger.child({ sessionId: connection.#session.id });
                    connection.#startHeartbeat(options.heartbeatMs);
                    settled = true;
                    clearTimeout(timer);
                    resolve(connection);
                }
                handlers.onEvent(connection, event);
            });
        });
    }
    /**
     * Pings every `intervalMs`; a socket that has not answered the previous ping by the next one is
     * half-open (the peer or the path is gone without a close) and is terminated, which closes it.
     */
    #startHeartbeat(intervalMs) {
        if (intervalMs <= 0)
            return;
        let answered = true;
        this.#socket.on('pong', () => {
            answered = true;
        });
        this.#heartbeat = setInterval(() => {
            if (!answered) {
                this.#logger.warn({ intervalMs }, 'no pong from the realtime server; dropping the socket');
                this.#socket.terminate();
                return;
            }
            answered = false;
            this.#socket.ping();
        }, intervalMs);
        this.#heartbeat.unref();
    }
    get session() {
        return this.#session;
    }
    get isOpen() {
        return this.#socket.readyState === WebSocket.OPEN;
    }
    /** Sends one event, giving it an event id when it has none; returns that id. */
    send(event) {
        if (!this.isOpen)
            throw new FrameworkError('REALTIME_NOT_CONNECTED', `cannot send ${event.type}: the socket is not open`);
        const withId = event.event_id ? event : { ...event, event_id: nextClientEventId() };
        this.#socket.send(JSON.stringify(withId));
        if (withId.type !== 'input_audio_buffer.append')
            this.#logger.debug({ type: withId.type, eventId: withId.event_id }, 'sent');
        return withId.event_id;
    }
    /**
     * Sends one `input_audio_buffer.append` of base64 audio: the hot path, so the JSON is written directly
     * (base64 holds nothing JSON would escape) instead of building and stringifying an event object.
     */
    sendAudio(base64) {
        if (!this.isOpen)
            throw new FrameworkError('REALTIME_NOT_CONNECTED', 'cannot send input_audio_buffer.append: the socket is not open');
        this.#socket.send(`{"type":"input_audio_buffer.append","audio":"${base64}","event_id":"${nextClientEventId()}"}`);
    }
    close(code = 1000, reason = 'client closed') {
        this.#closedByClient = true;
        if (this.#socket.readyState === WebSocket.CLOSED)
            return;
        this.#socket.close(code, reason);
    }
}
function binaryFrame() {
    return { ok: false, reason: 'binary frame (the protocol is JSON text)', type: undefined };
}
/** The URL without credentials in its query (some providers accept keys there). */
function redactedUrl(url) {
    const parsed = new URL(url);
    for (const key of [...parsed.searchParams.keys()]) {
        if (/key|token|secret/i.test(key))
            parsed.searchParams.set(key, 'redacted');
    }
    return parsed.toString();
}
//# sourceMappingURL=connection.js.map