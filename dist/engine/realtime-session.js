import { base64ToPcm16 } from '../audio/base64.js';
import { loadSileroModel, SileroStream } from '../audio/vad/silero.js';
import { SpeechSegmenter } from '../audio/vad/speech-segmenter.js';
import { decodeWire, wireBytesPerSample, wireRate } from '../audio/wire-format.js';
import { Conversation } from './conversation.js';
import { mintId } from './ids.js';
import { InputAudioBuffer } from './input-buffer.js';
import { retrievedView, storedItemFromClient, truncateItem } from './item-commands.js';
import { ProtocolError } from './protocol-error.js';
import { clientEventId, parseClientEvent, parseFrame } from './protocol-validation.js';
import { responseContext, responseSettings } from './response-request.js';
import { ResponseRun } from './response-run.js';
import { applySessionUpdate, defaultSession } from './session-config.js';
import { itemSnapshot } from './session-snapshot.js';
import { InputTranscription } from './transcription/input-transcription.js';
import { vadSettingsFor } from './vad-settings.js';
/** Audio kept in the buffer between turns under server VAD (older silence is let go). */
const SILENCE_KEPT_MS = 2_000;
/** The hosted limit on one input_audio_buffer.append. */
const MAX_APPEND_BYTES = 15 * 1024 * 1024;
function formatName(format) {
    return (format?.type ?? 'audio/pcm');
}
function capMessage(capMs) {
    const minutes = capMs / 60_000;
    const amount = Number.isInteger(minutes) ? `${minutes} minutes` : `${Math.round(capMs / 1000)} seconds`;
    return `Your session hit the maximum duration of ${amount}.`;
}
export class RealtimeSession {
    id = mintId('sess');
    #socket;
    #options;
    #log;
    #conversation = new Conversation(mintId('conv'));
    #transcription;
    #session;
    #input;
    #segmenter;
    /** The user item id announced by speech_started, used by the commit that follows. */
    #speechItemId;
    #active;
    #outOfBand = new Set();
    #assistantAudio = false;
    #turns = 0;
    #queue = Promise.resolve();
    #capTimer;
    #idleTimer;
    #closed = false;
    constructor(socket, options) {
        this.#socket = socket;
        this.#options = options;
        this.#log = options.log.child({ session: this.id });
        const expiresAt = Math.floor((Date.now() + options.sessionCapMs) / 1000);
        this.#session = defaultSession(this.id, options.model, expiresAt);
        this.#input = new InputAudioBuffer(wireRate(this.#inputFormat));
        this.#transcription = new InputTranscription({
            recogniser: options.recogniser,
            conversation: this.#conversation,
            send: (event) => this.#send(event),
            log: this.#log,
        });
    }
    /** The session's conversation as plain data (a copy). */
    snapshot() {
        return {
            id: this.id,
            model: this.#options.model,
            open: !this.#closed,
            transcriptionsPending: this.#closed ? 0 : this.#transcription.pending,
            items: this.#conversation.items.flatMap((stored) => itemSnapshot(stored) ?? []),
        };
    }
    /** Sends session.created and starts serving client events. */
    start() {
        this.#log.info({ model: this.#options.model, behaviour: this.#options.behaviour.name }, 'session started');
        this.#send({ type: 'session.created', session: this.#session });
        this.#capTimer = setTimeout(() => this.#expire(), this.#options.sessionCapMs);
        this.#socket.on('message', (data, isBinary) => {
            const text = isBinary ? null : data.toString();
            this.#queue = this.#queue.then(() => this.#receive(text));
        });
        this.#socket.on('close', () => this.#shutdown());
        this.#socket.on('error', (error) => this.#log.warn({ err: error }, 'socket error'));
        void this.#prepareVad();
    }
    get #inputFormat() {
        return formatName(this.#session.audio?.input?.format);
    }
    get #outputFormat() {
        return formatName(this.#session.audio?.output?.format);
    }
    get #transcribes() {
        return Boolean(this.#session.audio?.input?.transcription);
    }
    get #turnDetection() {
        return (this.#session.audio?.input?.turn_detection ?? null);
    }
    #send(event) {
        if (this.#closed || this.#socket.readyState !== this.#socket.OPEN)
            return;
        const { type, ...rest } = event;
        this.#socket.send(JSON.stringify({ type, event_id: mintId('event'), ...rest }));
    }
    #sendError(error, clientEventId) {
        this.#log.debug({ code: error.code, param: error.param }, error.message);
        this.#send({ type: 'error', error: error.toWire(clientEventId) });
    }
    async #receive(text) {
        if (this.#closed)
            return;
        let raw;
        try {
            if (text === null)
                throw new ProtocolError('invalid_event', 'Binary frames are not supported; send JSON text frames.');
            raw = parseFrame(text);
            await this.#handle(parseClientEvent(raw));
        }
        catch (error) {
            if (error instanceof ProtocolError)
                this.#sendError(error, clientEventId(raw));
            else {
                this.#log.error({ err: error }, 'client event failed');
                this.#sendError(new ProtocolError(null, 'The server had an error while processing your request.', null, 'server_error'), clientEventId(raw));
            }
        }
    }
    async #handle(event) {
        switch (event.type) {
            case 'session.update':
                return this.#updateSession(event.session);
            case 'input_audio_buffer.append':
                return this.#append(event.audio);
            case 'input_audio_buffer.commit':
                return this.#commitManually();
            case 'input_audio_buffer.clear':
                this.#input.clear();
                this.#speechItemId = undefined;
                this.#segmenter?.endTurn();
                this.#send({ type: 'input_audio_buffer.cleared' });
                return;
            case 'conversation.item.create':
                return this.#createItem(event.item, event.previous_item_id);
            case 'conversation.item.retrieve':
                return this.#retrieveItem(event.item_id);
            case 'conversation.item.delete':
                if (!this.#conversation.delete(event.item_id)) {
                    throw new ProtocolError('item_delete_invalid_item_id', `Item with item_id not found: ${event.item_id}`, 'item_id');
                }
                this.#transcription.forget(event.item_id);
                this.#send({ type: 'conversation.item.deleted', item_id: event.item_id });
                return;
            case 'conversation.item.truncate':
                return this.#truncate(event.item_id, event.content_index, event.audio_end_ms);
            case 'response.create':
                return this.#createResponse(event.response);
            case 'response.cancel':
                return this.#cancelResponse(event.response_id);
            case 'output_audio_buffer.clear':
                throw new ProtocolError('invalid_value', "Invalid value: 'output_audio_buffer.clear'. It is only supported for WebRTC and SIP connections.", 'type');
        }
    }
    // --- session -------------------------------------------------------------------------------
    async #updateSession(body) {
        const next = applySessionUpdate(this.#session, body, this.#assistantAudio);
        const inputFormatChanged = formatName(next.audio?.input?.format) !== this.#inputFormat;
        this.#session = next;
        if (inputFormatChanged)
            this.#input.setSampleRate(wireRate(this.#inputFormat));
        await this.#prepareVad();
        if (this.#transcribes)
            this.#options.recogniser.prepare();
        this.#send({ type: 'session.updated', session: this.#session });
    }
    /** (Re)configures the segmenter from the session's turn detection; null turns VAD off. */
    async #prepareVad() {
        const detection = this.#turnDetection;
        if (!detection) {
            this.#segmenter = undefined;
            return;
        }
        const settings = vadSettingsFor(detection);
        if (this.#segmenter) {
            this.#segmenter.settings = settings;
            return;
        }
        const model = await loadSileroModel();
        this.#segmenter ??= new SpeechSegmenter(new SileroStream(model), settings, this.#input.endMs);
    }
    // --- input audio and turn detection ---------------------------------------------------------
    async #append(audio) {
        const bytes = Buffer.from(audio, 'base64');
        if (bytes.length > MAX_APPEND_BYTES) {
            throw new ProtocolError('invalid_value', `Audio data of ${bytes.length} bytes exceeds the maximum of ${MAX_APPEND_BYTES} bytes (15 MiB) per event.`, 'audio');
        }
        const format = this.#inputFormat;
        if (bytes.length % wireBytesPerSample(format) !== 0) {
            throw new ProtocolError('invalid_value', 'Audio data must be a whole number of 16-bit samples.', 'audio');
        }
        const samples = format === 'audio/pcm' ? base64ToPcm16(audio).slice() : decodeWire(format, bytes);
        this.#input.append(samples);
        if (!this.#turnDetection)
            return;
        if (!this.#segmenter)
            await this.#prepareVad();
        const segmenter = this.#segmenter;
        const moments = await segmenter.push(samples, wireRate(format));
        for (const moment of moments)
            await this.#onVad(moment);
        if (!segmenter.speaking) {
            // Between turns only the most recent audio can still become a turn's prefix padding.
            const keepMs = Math.max(SILENCE_KEPT_MS, segmenter.settings.prefixPaddingMs + 1_000);
            this.#input.dropBefore(this.#input.endMs - keepMs);
        }
    }
    async #onVad(moment) {
        const detection = this.#turnDetection;
        if (!detection)
            return;
        if (moment.type === 'speech_started') {
            this.#disarmIdleTimer();
            const startMs = Math.max(this.#input.startMs, moment.audioStartMs);
            this.#input.dropBefore(startMs);
            this.#speechItemId = mintId('item');
            this.#send({
                type: 'input_audio_buffer.speech_started',
                audio_start_ms: Math.round(startMs),
                item_id: this.#speechItemId,
            });
            if (detection.interrupt_response !== false && this.#active)
                await this.#active.cancel('turn_detected');
            return;
        }
        const itemId = this.#speechItemId ?? mintId('item');
        this.#speechItemId = undefined;
        this.#send({
            type: 'input_audio_buffer.speech_stopped',
            audio_end_ms: moment.audioEndMs,
            item_id: itemId,
        });
        const samples = this.#input.takeUntil(moment.audioEndMs);
        this.#commitUserAudio(samples, itemId);
        if (detection.create_response !== false && !this.#active)
            this.#startResponse(undefined);
    }
    #commitManually() {
        const ms = this.#input.durationMs;
        if (ms < 100) {
            throw new ProtocolError('input_audio_buffer_commit_empty', `Error committing input audio buffer: buffer too small. Expected at least 100ms of audio, but buffer only has ${ms.toFixed(2)}ms of audio.`, null);
        }
        const itemId = this.#speechItemId ?? mintId('item');
        this.#speechItemId = undefined;
        this.#segmenter?.endTurn();
        this.#commitUserAudio(this.#input.takeAll(), itemId);
    }
    #commitUserAudio(samples, itemId) {
        const stored = {
            item: {
                id: itemId,
                type: 'message',
                status: 'completed',
                role: 'user',
                content: [{ type: 'input_audio', transcript: null }],
            },
            audio: { samples, sampleRate: this.#input.sampleRate },
        };
        const previous = this.#conversation.insert(stored);
        this.#send({ type: 'input_audio_buffer.committed', previous_item_id: previous, item_id: itemId });
        this.#send({ type: 'conversation.item.added', previous_item_id: previous, item: stored.item });
        this.#send({ type: 'conversation.item.done', previous_item_id: previous, item: stored.item });
        if (this.#transcribes)
            this.#transcription.start(stored);
    }
    // --- conversation items ----------------------------------------------------------------------
    #createItem(input, previousItemId) {
        const stored = storedItemFromClient(input, this.#conversation, this.#inputFormat);
        const previous = this.#conversation.insert(stored, previousItemId);
        this.#send({ type: 'conversation.item.added', previous_item_id: previous, item: stored.item });
        this.#send({ type: 'conversation.item.done', previous_item_id: previous, item: stored.item });
        if (this.#transcribes)
            this.#transcription.start(stored);
    }
    #retrieveItem(itemId) {
        const stored = this.#conversation.get(itemId);
        if (!stored) {
            throw new ProtocolError('item_retrieve_invalid_item_id', `Item with item_id not found: ${itemId}`, 'item_id');
        }
        this.#send({ type: 'conversation.item.retrieved', item: retrievedView(stored) });
    }
    #truncate(itemId, contentIndex, audioEndMs) {
        truncateItem(this.#conversation.get(itemId), itemId, contentIndex, audioEndMs);
        this.#send({
            type: 'conversation.item.truncated',
            item_id: itemId,
            content_index: contentIndex,
            audio_end_ms: audioEndMs,
        });
    }
    // --- responses ---------------------------------------------------------------------------------
    #createResponse(params) {
        const outOfBand = params?.conversation === 'none';
        const known = [undefined, 'auto', 'none', this.#conversation.id];
        if (!known.includes(params?.conversation)) {
            throw new ProtocolError('invalid_value', `Invalid value: '${params?.conversation}'. Supported values are: 'auto' and 'none'.`, 'response.conversation');
        }
        if (!outOfBand && this.#active) {
            throw new ProtocolError('conversation_already_has_active_response', `Conversation already has an active response in progress: ${this.#active.id}. Wait until the response is finished before creating a new one.`);
        }
        this.#startResponse(params);
    }
    #startResponse(params) {
        const outOfBand = params?.conversation === 'none';
        const context = responseContext(params, this.#conversation, this.#inputFormat);
        const run = new ResponseRun({
            conversation: outOfBand ? null : this.#conversation,
            context,
            settings: responseSettings(this.#session, params, this.#outputFormat),
            behaviour: this.#options.behaviour,
            turn: ++this.#turns,
            pacing: this.#options.pacing,
            send: (event) => this.#send(event),
            onAssistantAudio: () => {
                if (!outOfBand)
                    this.#assistantAudio = true;
            },
            disconnect: () => {
                this.#log.info('injected disconnect: dropping the socket mid-response');
                this.#socket.terminate();
            },
            log: this.#log,
        });
        if (outOfBand)
            this.#outOfBand.add(run);
        else
            this.#active = run;
        this.#disarmIdleTimer();
        void run.start().finally(() => {
            if (this.#active === run) {
                this.#active = undefined;
                if (run.status === 'completed')
                    this.#armIdleTimer(run.audioMs);
            }
            this.#outOfBand.delete(run);
        });
    }
    /** server_vad idle_timeout_ms: counted from response.done plus the reply's playback time. */
    #armIdleTimer(playbackMs) {
        const detection = this.#turnDetection;
        if (detection?.type !== 'server_vad' || !detection.idle_timeout_ms || this.#closed)
            return;
        this.#idleTimer = setTimeout(() => {
            this.#idleTimer = undefined;
            this.#queue = this.#queue.then(() => this.#idleTimeout());
        }, playbackMs + detection.idle_timeout_ms);
    }
    #disarmIdleTimer() {
        clearTimeout(this.#idleTimer);
        this.#idleTimer = undefined;
    }
    /** No speech since the last reply: commit what the buffer holds and let the model prompt the user. */
    #idleTimeout() {
        if (this.#closed || this.#active || this.#segmenter?.speaking)
            return;
        const itemId = mintId('item');
        this.#send({
            type: 'input_audio_buffer.timeout_triggered',
            audio_start_ms: Math.round(this.#input.startMs),
            audio_end_ms: Math.round(this.#input.endMs),
            item_id: itemId,
        });
        this.#commitUserAudio(this.#input.takeAll(), itemId);
        if (this.#turnDetection?.create_response !== false)
            this.#startResponse(undefined);
    }
    async #cancelResponse(responseId) {
        const target = responseId === undefined
            ? this.#active
            : [this.#active, ...this.#outOfBand].find((run) => run?.id === responseId);
        if (!target) {
            throw new ProtocolError('response_cancel_not_active', 'Cancellation failed: no active response found', null);
        }
        await target.cancel('client_cancelled');
    }
    // --- lifetime -----------------------------------------------------------------------------------
    #expire() {
        const message = capMessage(this.#options.sessionCapMs);
        this.#log.info('session cap reached');
        this.#send({
            type: 'error',
            error: { type: 'invalid_request_error', code: 'session_expired', message, param: null, event_id: null },
        });
        this.#socket.close(1001, message);
        this.#shutdown();
    }
    #shutdown() {
        if (this.#closed)
            return;
        this.#closed = true;
        clearTimeout(this.#capTimer);
        this.#disarmIdleTimer();
        this.#active?.abandon();
        for (const run of this.#outOfBand)
            run.abandon();
        this.#transcription.close();
        this.#log.info('session closed');
        this.#options.onClosed?.(this);
    }
}
//# sourceMappingURL=realtime-session.js.map