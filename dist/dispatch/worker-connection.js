// The worker's side of LiveKit's agent protocol on one WebSocket (`/agent` on the LiveKit server, with a
// token carrying the agent grant): registration, pings, answers to job offers, worker load and job status
// out; job offers, assignments and terminations in, as typed events. Reconnecting, the jobs themselves
// and the processes that run them belong to the worker (worker.ts).
import { JobStatus, JobType, ParticipantPermission, ServerMessage, WorkerMessage, WorkerStatus, } from '@livekit/protocol';
import { AccessToken } from 'livekit-server-sdk';
import WebSocket from 'ws';
import { FrameworkError } from '../errors.js';
import { TypedEmitter } from '../typed-emitter.js';
const JOB_STATUS = {
    running: JobStatus.JS_RUNNING,
    success: JobStatus.JS_SUCCESS,
    failed: JobStatus.JS_FAILED,
};
export class WorkerConnection extends TypedEmitter {
    #workerId = '';
    #socket;
    #logger;
    #closedByUs = false;
    #lastHeard = Date.now();
    #pinger;
    #registered = () => undefined;
    constructor(socket, logger) {
        super(() => logger);
        this.#socket = socket;
        this.#logger = logger;
    }
    /** Connects and registers; resolves once the server has accepted the worker. */
    static async open(credentials, registration, logger, options = {}) {
        const timeoutMs = options.timeoutMs ?? 10_000;
        const token = new AccessToken(credentials.apiKey, credentials.apiSecret);
        token.addGrant({ agent: true });
        const url = `${credentials.url.replace(/^http/, 'ws')}/agent`;
        const socket = new WebSocket(url, {
            headers: { Authorization: `Bearer ${await token.toJwt()}` },
            handshakeTimeout: timeoutMs,
        });
        socket.binaryType = 'nodebuffer';
        const connection = new WorkerConnection(socket, logger);
        await new Promise((resolve, reject) => {
            const settle = (error) => {
                clearTimeout(timer);
                socket.off('unexpected-response', onRefused);
                socket.off('error', onError);
                socket.off('close', onClose);
                if (!error)
                    return resolve();
                socket.on('error', () => undefined);
                socket.terminate();
                reject(error);
            };
            const timer = setTimeout(() => settle(new FrameworkError('SERVER_UNREACHABLE', `the LiveKit server at ${credentials.url} did not accept the worker registration within ${timeoutMs} ms`)), timeoutMs);
            const onRefused = (_request, response) => {
                const status = response.statusCode ?? 0;
                settle(status === 401 || status === 403
                    ? new FrameworkError('CREDENTIALS_REJECTED', `the LiveKit server at ${credentials.url} rejected the worker's API key "${credentials.apiKey}" (HTTP ${status})`)
                    : new FrameworkError('SERVER_UNREACHABLE', `the LiveKit server at ${url} refused the worker connection (HTTP ${status})`));
            };
            const onError = (error) => settle(new FrameworkError('SERVER_UNREACHABLE', `cannot reach the LiveKit server at ${url}: ${error.message}`));
            const onClose = (code) => settle(new FrameworkError('SERVER_UNREACHABLE', `the LiveKit server at ${url} closed the worker connection before registering it (code ${code})`));
            socket.once('unexpected-response', onRefused);
            socket.once('error', onError);
            socket.once('close', onClose);
            connection.#registered = (workerId) => {
                connection.#workerId = workerId;
                connection.#logger = logger.child({ worker: workerId });
                settle();
            };
            socket.once('open', () => {
                connection.#listen(options.pingIntervalMs ?? 10_000);
                connection.#send({
                    case: 'register',
                    value: {
                        type: JobType.JT_ROOM,
                        agentName: registration.agentName,
                        version: registration.version,
                        allowedPermissions: new ParticipantPermission({
                            canPublish: true,
                            canSubscribe: true,
                            canPublishData: true,
                            canUpdateMetadata: true,
                            agent: true,
                        }),
                    },
                });
            });
        });
        return connection;
    }
    /** The id the server gave this worker at registration. */
    get workerId() {
        return this.#workerId;
    }
    /** Accepts an offered job (joining as `identity`) or, without `accept`, declines it. */
    answerOffer(jobId, accept) {
        this.#send({
            case: 'availability',
            value: accept
                ? {
                    jobId,
                    available: true,
                    participantIdentity: accept.identity,
                    participantName: accept.name,
                    participantAttributes: accept.attributes,
                }
                : { jobId, available: false },
        });
    }
    /** Reports the worker's load (0-1) and whether it takes more jobs. */
    updateWorker(load, full, jobCount) {
        this.#send({
            case: 'updateWorker',
            value: { load, status: full ? WorkerStatus.WS_FULL : WorkerStatus.WS_AVAILABLE, jobCount },
        });
    }
    /** Reports a job running, or ended with success or failure (`error` says why). */
    updateJob(jobId, status, error = '') {
        this.#send({ case: 'updateJob', value: { jobId, status: JOB_STATUS[status], error } });
    }
    get open() {
        return this.#socket.readyState === WebSocket.OPEN;
    }
    close() {
        this.#closedByUs = true;
        clearInterval(this.#pinger);
        this.#socket.close();
    }
    #send(message) {
        if (!this.open) {
            this.#logger.debug({ message: message.case }, 'not sent: the worker connection is closed');
            return;
        }
        this.#socket.send(new WorkerMessage({ message }).toBinary());
    }
    #listen(pingIntervalMs) {
        this.#socket.on('message', (data) => {
            this.#lastHeard = Date.now();
            const message = decode(data, this.#logger);
            switch (message?.message.case) {
                case 'register':
                    this.#registered(message.message.value.workerId);
                    break;
                case 'availability':
                    this.emit('availability', message.message.value);
                    break;
                case 'assignment':
                    this.emit('assignment', message.message.value);
                    break;
                case 'termination':
                    this.emit('termination', message.message.value);
                    break;
                default:
                    break;
            }
        });
        this.#socket.on('error', (error) => this.#logger.warn({ err: error }, 'worker connection error'));
        this.#socket.on('close', (code, reason) => {
            clearInterval(this.#pinger);
            if (!this.#workerId)
                return; // never registered: open() reports it
            this.emit('closed', {
                error: this.#closedByUs
                    ? undefined
                    : new FrameworkError('SERVER_UNREACHABLE', `the LiveKit server closed the worker connection (code ${code}${reason.length ? `: ${reason}` : ''})`),
            });
        });
        this.#pinger = setInterval(() => {
            if (Date.now() - this.#lastHeard > 3 * pingIntervalMs) {
                this.#logger.warn({ silentMs: Date.now() - this.#lastHeard }, 'the LiveKit server stopped answering pings');
                this.#socket.terminate();
                return;
            }
            this.#send({ case: 'ping', value: { timestamp: BigInt(Date.now()) } });
        }, pingIntervalMs);
    }
}
/** A server frame, or undefined (logged) when it is not a ServerMessage. */
function decode(data, logger) {
    try {
        return ServerMessage.fromBinary(new Uint8Array(data));
    }
    catch (error) {
        logger.warn({ err: error, bytes: data.length }, 'ignored a frame from the LiveKit server that is not a ServerMessage');
        return undefined;
    }
}
//# sourceMappingURL=worker-connection.js.map