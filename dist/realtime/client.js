// RealtimeClient: one realtime session kept alive over sockets that come and go. It configures the
// session, streams input audio in chunks, serializes responses, mirrors the conversation, reconnects
// with bounded backoff and rolls over before the session cap, restoring the conversation each time.
// Rooms, playout and tools are not its business: callers pass it wire audio and played positions.
import { z } from 'zod';
import { encodeWire, wireBytesPerSample, wireRate } from '../audio/wire-format.js';
import { FrameworkError, isFrameworkError } from '../errors.js';
import { log } from '../telemetry/log.js';
import { TypedEmitter } from '../typed-emitter.js';
import { nextClientEventId, RealtimeConnection, } from './connection.js';
import { ConversationMirror } from './conversation.js';
import { InputAudio, MIN_COMMIT_MS } from './input-audio.js';
import { providerOptionsSchema, resolveEndpoint } from './providers.js';
import { ResponseSequencer } from './response-sequencer.js';
import { RealtimeServiceError } from './service-error.js';
import { parseOptions, serverCreatesResponses, serverInterruptsResponses, sessionConfigSchema, } from './session-config.js';
import { buildSessionUpdate } from './session-update.js';
import { addUsage, emptyUsage } from './usage.js';
const MINUTE = 60_000;
const clientOptionsSchema = z
    .strictObject({
    provider: providerOptionsSchema,
    session: sessionConfigSchema,
    /** Duration of each `input_audio_buffer.append` (20-100 ms is sensible). */
    chunkMs: z.number().int().min(10).max(1_000).default(50),
    /** The service's session cap; the client rolls over `rolloverMarginMs` before it. */
    sessionCapMs: z
        .number()
        .int()
        .positive()
        .default(60 * MINUTE),
    rolloverMarginMs: z
        .number()
        .int()
        .min(0)
        .default(5 * MINUTE),
    reconnect: z
        .strictObject({
        maxAttempts: z.number().int().min(0).default(5),
        initialDelayMs: z.number().int().min(0).default(250),
        maxDelayMs: z.number().int().min(0).default(5_000),
    })
        .default({ maxAttempts: 5, initialDelayMs: 250, maxDelayMs: 5_000 }),
    /** Ask again for a response a dropped socket cut off (else it is only reported). */
    rerequestInterrupted: z.boolean().default(true),
    connectTimeoutMs: z.number().int().positive().default(10_000),
    /** Ping interval; a socket that misses a pong for this long is treated as dropped (0: off). */
    heartbeatMs: z.number().int().min(0).default(15_000),
    requestTimeoutMs: z.number().int().positive().default(10_000),
    /** Audio kept while no socket is usable; the oldest is dropped beyond this. */
    holdLimitMs: z.number().int().positive().default(30_000),
    /** Uncommitted audio re-sent to a new socket (the turn in flight when the old one went). */
    resendLimitMs: z.number().int().min(0).default(10_000),
})
    .refine((options) => options.rolloverMarginMs < options.sessionCapMs, {
    message: 'rolloverMarginMs must be shorter than sessionCapMs',
    path: ['rolloverMarginMs'],
});
export class RealtimeClient extends TypedEmitter {
    #options;
    #sessionInput;
    #config;
    #endpoint;
    #baseLogger;
    #logger;
    #state = 'idle';
    #connection;
    #retired = new WeakSet();
    #mirror;
    #input;
    #sequencer;
    #usage = emptyUsage();
    #held = [];
    #heldAudioBytes = 0;
    #sessionUpdateId = null;
    #clientCommitPending = false;
    #speechActive = false;
    #awaitingAutoResponse = false;
    #rolloverTimer;
    /** The rollover margin of the current session (shortened for sessions shorter than twice the margin). */
    #marginMs;
    #lifetime = new AbortController();
    constructor(options, context = {}) {
        const logger = context.logger ?? log();
        super(() => this.#logger);
        this.#options = parseOptions(clientOptionsSchema, options, 'realtime');
        this.#sessionInput = options.session;
        this.#config = this.#options.session;
        this.#marginMs = this.#options.rolloverMarginMs;
        this.#endpoint = resolveEndpoint(this.#options.provider, this.#config.model);
        this.#baseLogger = logger.child({
            component: 'realtime',
            provider: this.#endpoint.provider,
            model: this.#config.model,
        });
        this.#logger = this.#baseLogger;
        const outputFormat = this.#config.outputFormat;
        this.#mirror = new ConversationMirror((wireRate(outputFormat) * wireBytesPerSample(outputFormat)) / 1000);
        this.#input = new InputAudio(this.#config.inputFormat, this.#options.chunkMs, this.#options.resendLimitMs);
        this.#sequencer = new ResponseSequencer((event) => {
            const connection = this.#live();
            connection?.send(event);
            return connection !== undefined;
        });
    }
    get state() {
        return this.#state;
    }
    get sessionId() {
        return this.#connection?.session.id ?? null;
    }
    get config() {
        return this.#config;
    }
    /** The conversation as mirrored from the server, oldest first. */
    get conversation() {
        return this.#mirror.items;
    }
    /** Token usage summed over all responses of all sessions so far. */
    get usage() {
        return structuredClone(this.#usage);
    }
    get activeResponseId() {
        return this.#sequencer.activeResponseId;
    }
    /** Whether a default-conversation response is active, sent or queued. */
    get answering() {
        return this.#sequencer.answering;
    }
    /** Opens the first session and applies the session config; resolves once the server accepted it. */
    async connect() {
        if (this.#state !== 'idle')
            throw new FrameworkError('REALTIME_PROTOCOL', `connect() called in state ${this.#state}`);
        this.#setState('connecting');
        try {
            await this.#restore(await this.#open());
        }
        catch (error) {
            this.#fail(error);
            throw error;
        }
    }
    /** Changes the session config; on refusal the previous config stays in force and the error is thrown. */
    async updateSession(change) {
        const input = { ...this.#sessionInput, ...change };
        const config = parseOptions(sessionConfigSchema, input, 'session');
        if (config.model !== this.#config.model) {
            throw new FrameworkError('CONFIG_INVALID', `invalid session.model: a session keeps its model (${this.#config.model})`);
        }
        const previous = { input: this.#sessionInput, config: this.#config };
        this.#sessionInput = input;
        this.#config = config;
        const connection = this.#live();
        if (!connection)
            return; // the next session is configured from the new config
        try {
            await this.#applySession(connection);
        }
        catch (error) {
            this.#sessionInput = previous.input;
            this.#config = previous.config;
            throw error;
        }
    }
    /**
     * Appends input audio: wire bytes in the session's input format, or PCM16 samples at that format's
     * rate (24 kHz for `audio/pcm`, 8 kHz for G.711), which are encoded here.
     */
    appendAudio(audio) {
        if (this.#state === 'closed')
            return;
        const bytes = audio instanceof Int16Array ? encodeWire(this.#config.inputFormat, audio) : audio;
        for (const chunk of this.#input.split(bytes))
            this.#sendAudio(chunk);
    }
    /** Commits the input buffer (manual turns); returns false, sending nothing, below 100 ms of audio. */
    commitAudio() {
        const rest = this.#input.drain();
        if (rest)
            this.#sendAudio(rest);
        const bufferedMs = this.#input.uncommittedMs + this.#input.msOf(this.#heldAudioBytes);
        if (bufferedMs < MIN_COMMIT_MS) {
            this.#logger.debug({ bufferedMs }, 'commit skipped: less than 100 ms of audio buffered');
            return false;
        }
        this.#clientCommitPending = true;
        this.#send({ type: 'input_audio_buffer.commit' });
        return true;
    }
    /** Drops the uncommitted input audio here and on the server. */
    clearAudio() {
        this.#input.drain();
        this.#held = this.#held.filter((entry) => !('audio' in entry));
        this.#heldAudioBytes = 0;
        this.#send({ type: 'input_audio_buffer.clear' });
    }
    /**
     * Asks for a response. Default-conversation responses are queued until none is active;
     * out-of-band ones (`conversation: 'none'`) go at once.
     */
    createResponse(response) {
        this.#sequencer.request({
            type: 'response.create',
            event_id: nextClientEventId(),
            ...(response ? { response: this.#forModel(response) } : {}),
        });
    }
    /** Per-response reasoning settings, left out (and logged) for a model that would refuse them. */
    #forModel(response) {
        if (this.#endpoint.supportsReasoning(this.#config.model))
            return response;
        const { reasoning, parallel_tool_calls, ...rest } = response;
        if (reasoning !== undefined || parallel_tool_calls !== undefined) {
            this.#logger.warn({ model: this.#config.model }, 'response reasoning settings left out: this model does not reason');
        }
        return rest;
    }
    /** Cancels the active response (or the given one); does nothing while no socket is usable. */
    cancelResponse(responseId) {
        this.#live()?.send({ type: 'response.cancel', ...(responseId ? { response_id: responseId } : {}) });
    }
    createItem(item, previousItemId) {
        this.#send({
            type: 'conversation.item.create',
            item,
            ...(previousItemId !== undefined ? { previous_item_id: previousItemId } : {}),
        });
    }
    /** Sends a tool's result; the call must be in the conversation. Ask for the response separately. */
    sendFunctionOutput(callId, output) {
        if (!this.#mirror.hasCall(callId)) {
            throw new FrameworkError('REALTIME_PROTOCOL', `no function call ${callId} in the conversation; its output was not sent`);
        }
        this.createItem({ type: 'function_call_output', call_id: callId, output });
    }
    deleteItem(itemId) {
        const connection = this.#live();
        if (connection)
            connection.send({ type: 'conversation.item.delete', item_id: itemId });
        else
            this.#mirror.remove(itemId);
    }
    /**
     * Cuts an assistant audio item to what was played. Clamped to the audio received; an item nothing
     * of which was played is deleted instead (the server refuses a truncate at 0 ms).
     */
    truncateItem(playback) {
        const item = this.#mirror.get(playback.itemId);
        if (item?.kind !== 'message' || item.role !== 'assistant' || !item.audio)
            return 'skipped';
        const audioEndMs = Math.floor(Math.min(Math.max(0, playback.playedMs), item.audioMs));
        if (!Number.isFinite(audioEndMs) || audioEndMs <= 0) {
            this.deleteItem(playback.itemId);
            return 'deleted';
        }
        if (playback.heardTranscript !== undefined)
            this.#mirror.expectTruncation(playback.itemId, playback.heardTranscript);
        const connection = this.#live();
        if (connection) {
            connection.send({
                type: 'conversation.item.truncate',
                item_id: playback.itemId,
                content_index: 0,
                audio_end_ms: audioEndMs,
            });
        }
        else {
            this.#mirror.truncated(playback.itemId, audioEndMs);
        }
        return 'truncated';
    }
    /**
     * Barge-in: cancels the active response unless the server already does (its VAD heard the speech
     * and `interrupt_response` is on), then truncates the item being played to what was heard.
     */
    interrupt(options) {
        const serverCancels = options.bySpeech && serverInterruptsResponses(this.#config.turnDetection);
        if (this.#sequencer.activeResponseId !== null && !serverCancels)
            this.cancelResponse();
        return options.playback ? this.truncateItem(options.playback) : 'skipped';
    }
    /** The server's copy of an item (`conversation.item.retrieve`), audio included. */
    async retrieveItem(itemId) {
        const connection = this.#requireReady('conversation.item.retrieve');
        const eventId = nextClientEventId();
        const answer = this.#awaitEvent(connection, eventId, (event) => event.type === 'conversation.item.retrieved' && event.item.id === itemId ? event : undefined);
        connection.send({ type: 'conversation.item.retrieve', item_id: itemId, event_id: eventId });
        return (await answer).item;
    }
    /** Moves to a fresh session now (after the current response), carrying the conversation. */
    async rollover() {
        const connection = this.#requireReady('rollover');
        // Wait for the turn in progress, but leave a quarter of the margin to open the new session.
        await this.#whenQuiet((this.#marginMs * 3) / 4);
        if (this.#connection !== connection || this.#state !== 'ready')
            return;
        await this.#recover('rollover');
    }
    close() {
        if (this.#state === 'closed')
            return;
        this.#shutDown(null);
    }
    // ---- sockets ----
    #handlers() {
        return {
            onEvent: (connection, event) => {
                if (this.#isCurrent(connection))
                    this.#onEvent(event);
            },
            onMalformed: (connection, frame, fault) => {
                if (!this.#isCurrent(connection))
                    return;
                this.#logger.warn({ reason: fault.reason, type: fault.type, frame }, 'malformed server event skipped');
                this.emit('malformed_event', { reason: fault.reason, type: fault.type, frame });
            },
            onClose: (connection, code, reason) => {
                // A socket lost while being restored fails its restore, and the recovery loop tries again.
                if (connection !== this.#connection || this.#state !== 'ready')
                    return;
                this.#logger.warn({ code, reason }, 'realtime socket closed; reconnecting');
                void this.#recover('reconnect');
            },
        };
    }
    /** A socket's events count while it is the current one, or the one being opened to replace it. */
    #isCurrent(connection) {
        if (this.#retired.has(connection) || this.#state === 'closed')
            return false;
        return this.#connection === undefined || this.#connection === connection;
    }
    #open() {
        return RealtimeConnection.open(this.#endpoint, this.#handlers(), {
            timeoutMs: this.#options.connectTimeoutMs,
            heartbeatMs: this.#options.heartbeatMs,
            logger: this.#baseLogger,
        });
    }
    /** Makes `connection` current: session config, conversation replay, held sends, rollover timer. */
    async #restore(connection) {
        if (this.#state === 'closed') {
            connection.close();
            throw new FrameworkError('REALTIME_NOT_CONNECTED', 'the realtime client was closed while connecting');
        }
        this.#connection = connection;
        this.#logger = this.#baseLogger.child({ sessionId: connection.session.id });
        await this.#applySession(connection);
        const replayed = await this.#replay(connection);
        this.#setState('ready');
        const flushedAudioMs = this.#flushHeld(connection);
        this.#sequencer.pump();
        this.#scheduleRollover(connection);
        this.#logger.info({ replayedItems: replayed, flushedAudioMs }, 'realtime session ready');
        return { replayedItems: replayed, flushedAudioMs };
    }
    async #applySession(connection) {
        const built = buildSessionUpdate(this.#config, this.#endpoint);
        if (built.omitted.length > 0) {
            this.#logger.warn({ omitted: built.omitted }, `not sent: ${this.#endpoint.provider}/${this.#config.model} does not take these fields`);
        }
        const eventId = nextClientEventId();
        this.#sessionUpdateId = eventId;
        const updated = this.#awaitEvent(connection, eventId, (event) => event.type === 'session.updated' ? event : undefined);
        connection.send({ ...built.event, event_id: eventId });
        try {
            await updated;
        }
        finally {
            this.#sessionUpdateId = null;
        }
    }
    /** Re-creates the mirrored conversation as text items and waits for the server to add each. */
    async #replay(connection) {
        const items = this.#mirror.replayItems();
        if (items.length === 0)
            return 0;
        const acknowledged = items.map((item) => {
            const eventId = nextClientEventId();
            const added = this.#awaitEvent(connection, eventId, (event) => (event.type === 'conversation.item.added' || event.type === 'conversation.item.done') &&
                event.item.id === item.id
                ? event
                : undefined).catch((error) => {
                // A refused item is reported and skipped; a lost socket fails the whole restore.
                if (!(error instanceof RealtimeServiceError))
                    throw error;
                this.#logger.warn({ err: error, itemId: item.id }, 'the new session refused a replayed item');
            });
            connection.send({ type: 'conversation.item.create', event_id: eventId, item });
            return added;
        });
        await Promise.all(acknowledged);
        return items.length;
    }
    /** Sends what was held while no socket was usable, in order; returns the ms of audio among it. */
    #flushHeld(connection) {
        const held = this.#held;
        const audioMs = this.#input.msOf(this.#heldAudioBytes);
        this.#held = [];
        this.#heldAudioBytes = 0;
        for (const entry of held) {
            if ('audio' in entry)
                this.#transmitAudio(connection, entry.audio);
            else
                connection.send(entry.event);
        }
        return audioMs;
    }
    #scheduleRollover(connection) {
        clearTimeout(this.#rolloverTimer);
        const now = Date.now();
        let capAt = now + this.#options.sessionCapMs;
        if (connection.session.expiresAtMs !== null)
            capAt = Math.min(capAt, connection.session.expiresAtMs);
        // The server may announce a shorter life than configured: keep at least half of it usable.
        this.#marginMs = Math.min(this.#options.rolloverMarginMs, (capAt - now) / 2);
        const delay = Math.max(0, capAt - this.#marginMs - now);
        this.#rolloverTimer = setTimeout(() => {
            if (this.#connection !== connection || this.#state !== 'ready')
                return;
            this.#logger.info({ capInMs: capAt - Date.now() }, 'session cap approaching; rolling over after the current turn');
            this.rollover().catch((error) => this.#logger.warn({ err: error }, 'rollover did not complete'));
        }, delay);
        this.#rolloverTimer.unref();
    }
    /**
     * Replaces the current socket (dropped, or rolled over) with a new session carrying the
     * conversation; retries with bounded exponential backoff; gives up on fatal errors.
     */
    async #recover(kind) {
        const previous = this.#connection;
        const handover = this.#detach(kind);
        const { maxAttempts, initialDelayMs, maxDelayMs } = this.#options.reconnect;
        let lastError;
        for (let attempt = 1; attempt <= Math.max(1, maxAttempts); attempt++) {
            if (attempt > 1 || kind === 'reconnect') {
                const delay = Math.min(maxDelayMs, initialDelayMs * 2 ** (attempt - 1)) * (0.8 + Math.random() * 0.4);
                if (!(await this.#sleep(delay)))
                    return;
            }
            let connection;
            try {
                connection = await this.#open();
                const restored = await this.#restore(connection);
                previous?.close(1000, kind === 'rollover' ? 'rolled over to a new session' : 'replaced');
                this.#announce(kind, handover, connection.session.id, attempt, restored);
                return;
            }
            catch (error) {
                lastError = error;
                if (connection) {
                    this.#retired.add(connection);
                    connection.close();
                }
                this.#connection = undefined;
                if (this.#state === 'closed')
                    return;
                if (isFatal(lastError)) {
                    this.#fail(lastError);
                    return;
                }
                this.#logger.warn({ err: lastError, attempt, maxAttempts }, `${kind} attempt failed`);
            }
        }
        this.#fail(new FrameworkError('SERVER_UNREACHABLE', `gave up on a new realtime session after ${maxAttempts} attempts`, {
            cause: lastError,
        }));
    }
    /**
     * Lets go of the current socket: its events no longer count, what it had in flight is settled (the
     * cut-off response queued again or reported, unfinished items dropped, uncommitted audio held to be
     * re-sent), and everything sent from now on is held for the next session.
     */
    #detach(kind) {
        const previous = this.#connection;
        if (previous)
            this.#retired.add(previous);
        this.#connection = undefined;
        clearTimeout(this.#rolloverTimer);
        this.#setState(kind === 'reconnect' ? 'reconnecting' : 'rolling_over');
        const cutOff = this.#sequencer.restart(this.#options.rerequestInterrupted, nextClientEventId);
        const droppedItemIds = this.#mirror.dropUnfinished().map((item) => item.id);
        const resent = this.#input.takeUncommitted();
        const resentBytes = resent.reduce((sum, chunk) => sum + chunk.length, 0);
        this.#held.unshift(...resent.map((audio) => ({ audio })));
        this.#heldAudioBytes += resentBytes;
        this.#speechActive = false;
        this.#awaitingAutoResponse = false;
        this.#clientCommitPending = false;
        const handover = {
            previousSessionId: previous?.session.id ?? 'unknown',
            interruptedResponseId: cutOff.interrupted,
            rerequested: cutOff.interrupted !== null && this.#options.rerequestInterrupted,
            interruptedOutOfBand: cutOff.outOfBand,
            droppedItemIds,
            resentAudioMs: this.#input.msOf(resentBytes),
        };
        if (cutOff.interrupted !== null || cutOff.outOfBand.length > 0) {
            this.#logger.warn({ ...handover, kind }, 'responses were cut off by the switch of session');
        }
        return handover;
    }
    #announce(kind, handover, sessionId, attempts, restored) {
        const common = { sessionId, replayedItems: restored.replayedItems, ...handover };
        this.#logger.info({ ...common, kind }, kind === 'rollover' ? 'rolled over to a new session' : 'reconnected');
        if (kind === 'rollover') {
            this.emit('rollover', { ...common, heldAudioMs: restored.flushedAudioMs - handover.resentAudioMs });
        }
        else {
            this.emit('reconnected', { ...common, attempts });
        }
    }
    // ---- events ----
    #onEvent(event) {
        this.#mirror.apply(event);
        switch (event.type) {
            case 'input_audio_buffer.speech_started':
                this.#speechActive = true;
                break;
            case 'input_audio_buffer.speech_stopped':
                this.#speechActive = false;
                break;
            case 'input_audio_buffer.committed':
                this.#input.reset();
                this.#speechActive = false;
                this.#awaitingAutoResponse =
                    !this.#clientCommitPending && serverCreatesResponses(this.#config.turnDetection);
                this.#clientCommitPending = false;
                break;
            case 'input_audio_buffer.cleared':
                this.#input.reset();
                break;
            case 'response.created':
                if (event.response.conversation_id !== null)
                    this.#awaitingAutoResponse = false;
                this.#sequencer.created(event.response.id ?? '', event.response.conversation_id);
                break;
            case 'response.done':
                addUsage(this.#usage, event.response.usage);
                this.#sequencer.done(event.response.id ?? '');
                break;
            case 'error':
                this.#onServiceError(event.error);
                break;
            default:
                break;
        }
        this.emit(event.type, event);
        this.emit('server_event', event);
    }
    #onServiceError(body) {
        const clientEventId = body.event_id ?? null;
        const rejectsSessionConfig = clientEventId !== null && clientEventId === this.#sessionUpdateId;
        const error = new RealtimeServiceError(body, { rejectsSessionConfig });
        if (clientEventId !== null) {
            const collided = error.code === 'conversation_already_has_active_response';
            if (this.#sequencer.refused(clientEventId, collided) && collided) {
                this.#logger.debug({ clientEventId }, 'response.create collided with an active response; queued again');
                return;
            }
        }
        const fields = {
            code: error.code,
            type: error.type,
            param: error.param,
            clientEventId,
            fault: error.fault,
        };
        if (error.disposition === 'benign') {
            this.#logger.debug(fields, `benign service error: ${error.message}`);
            return;
        }
        this.#logger[error.disposition === 'rejected' ? 'warn' : 'error'](fields, `service error: ${error.message}`);
        this.emit('service_error', error);
        if (error.disposition === 'fatal' && error.fault === 'account')
            this.#fail(error);
    }
    /**
     * Resolves with the first event `match` accepts. Rejects on a service error about `eventId`, on
     * timeout, or when `connection` (the socket the request went out on) closes or stops being current.
     */
    #awaitEvent(connection, eventId, match) {
        return new Promise((resolve, reject) => {
            let done = false;
            const finish = () => {
                done = true;
                offEvent();
                offState();
                clearTimeout(timer);
            };
            const gone = () => {
                if (done)
                    return;
                finish();
                reject(new FrameworkError('REALTIME_NOT_CONNECTED', `the session went away before answering ${eventId}`));
            };
            const offEvent = this.on('server_event', (event) => {
                if (event.type === 'error' && event.error.event_id === eventId) {
                    finish();
                    reject(new RealtimeServiceError(event.error, {
                        rejectsSessionConfig: eventId === this.#sessionUpdateId,
                    }));
                    return;
                }
                const matched = match(event);
                if (matched === undefined)
                    return;
                finish();
                resolve(matched);
            });
            const offState = this.on('state', (state) => {
                if (state === 'closed' || this.#connection !== connection)
                    gone();
            });
            void connection.closed.then(gone);
            const timer = setTimeout(() => {
                finish();
                reject(new FrameworkError('REALTIME_TIMEOUT', `no answer to ${eventId} within ${this.#options.requestTimeoutMs} ms`));
            }, this.#options.requestTimeoutMs);
        });
    }
    /** Resolves true once no response is active or due and nobody is mid-speech, false after `limitMs`. */
    #whenQuiet(limitMs) {
        const quiet = () => !this.#sequencer.busy && !this.#speechActive && !this.#awaitingAutoResponse;
        if (quiet())
            return Promise.resolve(true);
        return new Promise((resolve) => {
            const off = this.on('server_event', () => {
                if (!quiet())
                    return;
                off();
                clearTimeout(timer);
                resolve(true);
            });
            const timer = setTimeout(() => {
                off();
                this.#logger.warn('still busy at the rollover deadline; switching anyway');
                resolve(false);
            }, limitMs);
        });
    }
    // ---- sending ----
    /**
     * The socket to send on: the current one while the session is ready and the socket open. A socket
     * that just dropped counts as none, so sends are held for the next session instead of throwing.
     */
    #live() {
        return this.#state === 'ready' && this.#connection?.isOpen ? this.#connection : undefined;
    }
    #send(event) {
        const connection = this.#live();
        if (connection)
            connection.send(event);
        else if (this.#state !== 'closed')
            this.#held.push({ event });
    }
    #sendAudio(chunk) {
        const connection = this.#live();
        if (connection) {
            this.#transmitAudio(connection, chunk);
            return;
        }
        this.#held.push({ audio: chunk });
        this.#heldAudioBytes += chunk.length;
        while (this.#input.msOf(this.#heldAudioBytes) > this.#options.holdLimitMs) {
            const oldest = this.#held.findIndex((entry) => 'audio' in entry);
            const [dropped] = this.#held.splice(oldest, 1);
            if (dropped && 'audio' in dropped)
                this.#heldAudioBytes -= dropped.audio.length;
            this.#logger.warn({ holdLimitMs: this.#options.holdLimitMs }, 'input audio held too long without a session; oldest dropped');
        }
    }
    #transmitAudio(connection, chunk) {
        connection.sendAudio(chunk.toString('base64'));
        this.#input.recordSent(chunk);
    }
    #requireReady(what) {
        const connection = this.#live();
        if (!connection) {
            throw new FrameworkError('REALTIME_NOT_CONNECTED', `${what} needs a ready session; the client is ${this.#state}`);
        }
        return connection;
    }
    // ---- lifecycle ----
    #setState(state) {
        if (this.#state === state)
            return;
        this.#state = state;
        this.emit('state', state);
    }
    #fail(error) {
        if (this.#state === 'closed')
            return;
        this.#logger.error({ err: error }, 'realtime client stopped');
        this.#shutDown(error);
    }
    #shutDown(error) {
        this.#setState('closed');
        clearTimeout(this.#rolloverTimer);
        this.#lifetime.abort();
        if (this.#connection) {
            this.#retired.add(this.#connection);
            this.#connection.close();
        }
        this.#held = [];
        this.#heldAudioBytes = 0;
        this.emit('closed', { error });
    }
    /** Waits `ms`; resolves false if the client closed meanwhile. */
    #sleep(ms) {
        return new Promise((resolve) => {
            if (this.#lifetime.signal.aborted) {
                resolve(false);
                return;
            }
            const onAbort = () => {
                clearTimeout(timer);
                resolve(false);
            };
            const timer = setTimeout(() => {
                this.#lifetime.signal.removeEventListener('abort', onAbort);
                resolve(true);
            }, ms);
            this.#lifetime.signal.addEventListener('abort', onAbort, { once: true });
        });
    }
}
/** Errors no retry can fix: refused credentials, account problems, a configuration the server refuses. */
function isFatal(error) {
    if (error instanceof RealtimeServiceError)
        return error.disposition === 'fatal';
    return isFrameworkError(error, 'CREDENTIALS_REJECTED') || isFrameworkError(error, 'CONFIG_INVALID');
}
//# sourceMappingURL=client.js.map