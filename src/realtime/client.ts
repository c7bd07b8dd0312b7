// RealtimeClient: one realtime session kept alive over sockets that come and go. It configures the
// session, streams input audio in chunks, serializes responses, mirrors the conversation, reconnects
// with bounded backoff and rolls over before the session cap, restoring the conversation each time.
// Rooms, playout and tools are not its business: callers pass it wire audio and played positions.
import { z } from 'zod';
import { encodeWire, wireBytesPerSample, wireRate } from '../audio/wire-format.js';
import { FrameworkError, isFrameworkError } from '../errors.js';
import { type Logger, log } from '../telemetry/log.js';
import { TypedEmitter } from '../typed-emitter.js';
import {
  type ConnectionHandlers,
  nextClientEventId,
  type OutgoingEvent,
  RealtimeConnection,
} from './connection.js';
import { ConversationMirror, type MirrorItem } from './conversation.js';
import { InputAudio, MIN_COMMIT_MS } from './input-audio.js';
import { type ProviderEndpoint, providerOptionsSchema, resolveEndpoint } from './providers.js';
import { ResponseSequencer } from './response-sequencer.js';
import { RealtimeServiceError } from './service-error.js';
import {
  parseOptions,
  type SessionConfig,
  type SessionConfigInput,
  serverCreatesResponses,
  serverInterruptsResponses,
  sessionConfigSchema,
} from './session-config.js';
import { buildSessionUpdate } from './session-update.js';
import { addUsage, emptyUsage, type UsageTotals } from './usage.js';
import type {
  ConversationItem,
  RealtimeResponseCreateParams,
  RealtimeServerEvent,
  ServerEventMap,
} from './wire.js';

const MINUTE = 60_000;
/** Malformed frames logged one by one per socket before only every hundredth is. */
const MALFORMED_LOGGED = 10;

const clientOptionsSchema = z
  .strictObject({
    provider: providerOptionsSchema,
    session: sessionConfigSchema,
    /**
     * Duration of each `input_audio_buffer.append`. Audio held back to fill a chunk reaches the server's
     * turn detection that much later, so the default is one intake frame (20 ms): nothing waits.
     */
    chunkMs: z.number().int().min(10).max(1_000).default(20),
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
    /**
     * How long a response may go without a word from the server (from its response.create on, between
     * its events) before the model counts as not answering: reported, and the session replaced.
     */
    responseTimeoutMs: z.number().int().positive().default(30_000),
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

export type RealtimeClientOptions = z.input<typeof clientOptionsSchema>;
type ClientOptions = z.output<typeof clientOptionsSchema>;

export type ClientState = 'idle' | 'connecting' | 'ready' | 'reconnecting' | 'rolling_over' | 'closed';

/** What the switch of session did to work in flight (reported by both `reconnected` and `rollover`). */
interface Handover {
  previousSessionId: string;
  /** The default-conversation response the switch cut off, if one was running. */
  interruptedResponseId: string | null;
  /** Whether that response was asked for again on the new session. */
  rerequested: boolean;
  /** Out-of-band responses the switch cut off (reported, not asked for again). */
  interruptedOutOfBand: string[];
  /** Items of a cut-off response dropped from the mirror (never finished). */
  droppedItemIds: string[];
  /** Uncommitted input audio re-sent to the new session (the turn in flight). */
  resentAudioMs: number;
}

export interface ReconnectedEvent extends Handover {
  sessionId: string;
  attempts: number;
  replayedItems: number;
}

export interface RolloverEvent extends Handover {
  sessionId: string;
  replayedItems: number;
  /** Input audio that arrived during the switch and went to the new session. */
  heldAudioMs: number;
}

/** A try to open a session failed and another will follow (the first connect, a reconnect, a rollover). */
export interface UnavailableEvent {
  kind: 'connect' | 'reconnect' | 'rollover';
  attempt: number;
  maxAttempts: number;
  /** When the next try starts. */
  retryInMs: number;
  error: Error;
}

/** A response that got no word from the server for `waitedMs`: dropped, and the session replaced. */
export interface NoAnswerEvent {
  /** The response, when the server had started it. */
  responseId: string | null;
  waitedMs: number;
}

export interface MalformedEvent {
  reason: string;
  type: string | undefined;
  frame: string;
}

export type RealtimeClientEvents = ServerEventMap & {
  /** Every server event of the current session, in arrival order. */
  server_event: RealtimeServerEvent;
  state: ClientState;
  reconnected: ReconnectedEvent;
  rollover: RolloverEvent;
  unavailable: UnavailableEvent;
  no_answer: NoAnswerEvent;
  /** A classified service error (benign races are only logged). */
  service_error: RealtimeServiceError;
  /** A frame that was not a valid event; it was logged and skipped. */
  malformed_event: MalformedEvent;
  closed: { error: Error | null };
};

export type TruncateOutcome = 'truncated' | 'deleted' | 'skipped';

export interface Playback {
  /** The assistant item being played when the interruption came. */
  itemId: string;
  /** Milliseconds of that item's audio actually played out. */
  playedMs: number;
  /** What the listener heard of the transcript, if the caller knows it. */
  heardTranscript?: string;
}

type Held = { audio: Buffer } | { event: OutgoingEvent };

/** What making a socket current restored: conversation items replayed, held audio sent. */
interface Restored {
  replayedItems: number;
  flushedAudioMs: number;
}

export class RealtimeClient extends TypedEmitter<RealtimeClientEvents> {
  readonly #options: ClientOptions;
  #sessionInput: SessionConfigInput;
  #config: SessionConfig;
  readonly #endpoint: ProviderEndpoint;
  readonly #baseLogger: Logger;
  #logger: Logger;
  #state: ClientState = 'idle';
  #connection: RealtimeConnection | undefined;
  readonly #retired = new WeakSet<RealtimeConnection>();
  /** Malformed frames seen per socket. */
  readonly #malformed = new WeakMap<RealtimeConnection, number>();
  readonly #mirror: ConversationMirror;
  readonly #input: InputAudio;
  readonly #sequencer: ResponseSequencer;
  readonly #usage = emptyUsage();
  #held: Held[] = [];
  #heldAudioBytes = 0;
  #sessionUpdateId: string | null = null;
  #clientCommitPending = false;
  #speechActive = false;
  #awaitingAutoResponse = false;
  #rolloverTimer: NodeJS.Timeout | undefined;
  /** Runs while a response is due or running; reset by each of its events. */
  #answerTimer: NodeJS.Timeout | undefined;
  #answerWaitStartedAt = 0;
  /** The rollover margin of the current session (shortened for sessions shorter than twice the margin). */
  #marginMs: number;
  readonly #lifetime = new AbortController();

  constructor(options: RealtimeClientOptions, context: { logger?: Logger } = {}) {
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
    this.#input = new InputAudio(
      this.#config.inputFormat,
      this.#options.chunkMs,
      this.#options.resendLimitMs,
    );
    this.#sequencer = new ResponseSequencer((event) => {
      const connection = this.#live();
      connection?.send(event);
      if (connection) this.#watchAnswer();
      return connection !== undefined;
    });
  }

  get state(): ClientState {
    return this.#state;
  }

  get sessionId(): string | null {
    return this.#connection?.session.id ?? null;
  }

  get config(): Readonly<SessionConfig> {
    return this.#config;
  }

  /** The conversation as mirrored from the server, oldest first. */
  get conversation(): readonly MirrorItem[] {
    return this.#mirror.items;
  }

  /** Token usage summed over all responses of all sessions so far. */
  get usage(): Readonly<UsageTotals> {
    return structuredClone(this.#usage);
  }

  get activeResponseId(): string | null {
    return this.#sequencer.activeResponseId;
  }

  /** Whether a default-conversation response is active, sent or queued. */
  get answering(): boolean {
    return this.#sequencer.answering;
  }

  /** Opens the first session and applies the session config; resolves once the server accepted it. */
  async connect(): Promise<void> {
    if (this.#state !== 'idle')
      throw new FrameworkError('REALTIME_PROTOCOL', `connect() called in state ${this.#state}`);
    this.#setState('connecting');
    try {
      await this.#establish('connect');
    } catch (error) {
      this.#fail(error as Error);
      throw error;
    }
  }

  /** Changes the session config; on refusal the previous config stays in force and the error is thrown. */
  async updateSession(change: Partial<SessionConfigInput>): Promise<void> {
    const input = { ...this.#sessionInput, ...change };
    const config = parseOptions(sessionConfigSchema, input, 'session');
    if (config.model !== this.#config.model) {
      throw new FrameworkError(
        'CONFIG_INVALID',
        `invalid session.model: a session keeps its model (${this.#config.model})`,
      );
    }
    const previous = { input: this.#sessionInput, config: this.#config };
    this.#sessionInput = input;
    this.#config = config;
    const connection = this.#live();
    if (!connection) return; // the next session is configured from the new config
    try {
      await this.#applySession(connection);
    } catch (error) {
      this.#sessionInput = previous.input;
      this.#config = previous.config;
      throw error;
    }
  }

  /**
   * Appends input audio: wire bytes in the session's input format, or PCM16 samples at that format's
   * rate (24 kHz for `audio/pcm`, 8 kHz for G.711), which are encoded here.
   */
  appendAudio(audio: Uint8Array | Int16Array): void {
    if (this.#state === 'closed') return;
    const bytes = audio instanceof Int16Array ? encodeWire(this.#config.inputFormat, audio) : audio;
    for (const chunk of this.#input.split(bytes)) this.#sendAudio(chunk);
  }

  /** Commits the input buffer (manual turns); returns false, sending nothing, below 100 ms of audio. */
  commitAudio(): boolean {
    const rest = this.#input.drain();
    if (rest) this.#sendAudio(rest);
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
  clearAudio(): void {
    this.#input.drain();
    this.#held = this.#held.filter((entry) => !('audio' in entry));
    this.#heldAudioBytes = 0;
    this.#send({ type: 'input_audio_buffer.clear' });
  }

  /**
   * Asks for a response. Default-conversation responses are queued until none is active;
   * out-of-band ones (`conversation: 'none'`) go at once.
   */
  createResponse(response?: RealtimeResponseCreateParams): void {
    this.#sequencer.request({
      type: 'response.create',
      event_id: nextClientEventId(),
      ...(response ? { response: this.#forModel(response) } : {}),
    });
  }

  /** Per-response reasoning settings, left out (and logged) for a model that would refuse them. */
  #forModel(response: RealtimeResponseCreateParams): RealtimeResponseCreateParams {
    if (this.#endpoint.supportsReasoning(this.#config.model)) return response;
    const { reasoning, parallel_tool_calls, ...rest } = response;
    if (reasoning !== undefined || parallel_tool_calls !== undefined) {
      this.#logger.warn(
        { model: this.#config.model },
        'response reasoning settings left out: this model does not reason',
      );
    }
    return rest;
  }

  /** Cancels the active response (or the given one); does nothing while no socket is usable. */
  cancelResponse(responseId?: string): void {
    this.#live()?.send({ type: 'response.cancel', ...(responseId ? { response_id: responseId } : {}) });
  }

  createItem(item: ConversationItem, previousItemId?: string): void {
    this.#send({
      type: 'conversation.item.create',
      item,
      ...(previousItemId !== undefined ? { previous_item_id: previousItemId } : {}),
    });
  }

  /** Sends a tool's result; the call must be in the conversation. Ask for the response separately. */
  sendFunctionOutput(callId: string, output: string): void {
    if (!this.#mirror.hasCall(callId)) {
      throw new FrameworkError(
        'REALTIME_PROTOCOL',
        `no function call ${callId} in the conversation; its output was not sent`,
      );
    }
    this.createItem({ type: 'function_call_output', call_id: callId, output });
  }

  deleteItem(itemId: string): void {
    const connection = this.#live();
    if (connection) connection.send({ type: 'conversation.item.delete', item_id: itemId });
    else this.#mirror.remove(itemId);
  }

  /**
   * Cuts an assistant audio item to what was played. Clamped to the audio received; an item nothing
   * of which was played is deleted instead (the server refuses a truncate at 0 ms).
   */
  truncateItem(playback: Playback): TruncateOutcome {
    const item = this.#mirror.get(playback.itemId);
    if (item?.kind !== 'message' || item.role !== 'assistant' || !item.audio) return 'skipped';
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
    } else {
      this.#mirror.truncated(playback.itemId, audioEndMs);
    }
    return 'truncated';
  }

  /**
   * Barge-in: cancels the active response unless the server already does (its VAD heard the speech
   * and `interrupt_response` is on), then truncates the item being played to what was heard.
   */
  interrupt(options: { playback?: Playback; bySpeech: boolean }): TruncateOutcome {
    const serverCancels = options.bySpeech && serverInterruptsResponses(this.#config.turnDetection);
    if (this.#sequencer.activeResponseId !== null && !serverCancels) this.cancelResponse();
    return options.playback ? this.truncateItem(options.playback) : 'skipped';
  }

  /** The server's copy of an item (`conversation.item.retrieve`), audio included. */
  async retrieveItem(itemId: string): Promise<ServerEventMap['conversation.item.retrieved']['item']> {
    const connection = this.#requireReady('conversation.item.retrieve');
    const eventId = nextClientEventId();
    const answer = this.#awaitEvent(connection, eventId, (event) =>
      event.type === 'conversation.item.retrieved' && event.item.id === itemId ? event : undefined,
    );
    connection.send({ type: 'conversation.item.retrieve', item_id: itemId, event_id: eventId });
    return (await answer).item;
  }

  /** Moves to a fresh session now (after the current response), carrying the conversation. */
  async rollover(): Promise<void> {
    const connection = this.#requireReady('rollover');
    // Wait for the turn in progress, but leave a quarter of the margin to open the new session.
    await this.#whenQuiet((this.#marginMs * 3) / 4);
    if (this.#connection !== connection || this.#state !== 'ready') return;
    await this.#recover('rollover');
  }

  close(): void {
    if (this.#state === 'closed') return;
    this.#shutDown(null);
  }

  // ---- sockets ----

  #handlers(): ConnectionHandlers {
    return {
      onEvent: (connection, event) => {
        if (this.#isCurrent(connection)) this.#onEvent(event);
      },
      onMalformed: (connection, frame, fault) => {
        if (!this.#isCurrent(connection)) return;
        const count = (this.#malformed.get(connection) ?? 0) + 1;
        this.#malformed.set(connection, count);
        // A server sending garbage must not flood the log: the first few, then one line in a hundred.
        if (count <= MALFORMED_LOGGED || count % 100 === 0) {
          this.#logger.warn(
            { reason: fault.reason, type: fault.type, frame, count },
            'malformed server event skipped',
          );
        }
        this.emit('malformed_event', { reason: fault.reason, type: fault.type, frame });
      },
      onClose: (connection, code, reason) => {
        // A socket lost while being restored fails its restore, and the recovery loop tries again.
        if (connection !== this.#connection || this.#state !== 'ready') return;
        this.#logger.warn({ code, reason }, 'realtime socket closed; reconnecting');
        void this.#recover('reconnect');
      },
    };
  }

  /** A socket's events count while it is the current one, or the one being opened to replace it. */
  #isCurrent(connection: RealtimeConnection): boolean {
    if (this.#retired.has(connection) || this.#state === 'closed') return false;
    return this.#connection === undefined || this.#connection === connection;
  }

  #open(): Promise<RealtimeConnection> {
    return RealtimeConnection.open(this.#endpoint, this.#handlers(), {
      timeoutMs: this.#options.connectTimeoutMs,
      heartbeatMs: this.#options.heartbeatMs,
      logger: this.#baseLogger,
    });
  }

  /** Makes `connection` current: session config, conversation replay, held sends, rollover timer. */
  async #restore(connection: RealtimeConnection): Promise<Restored> {
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

  async #applySession(connection: RealtimeConnection): Promise<void> {
    const built = buildSessionUpdate(this.#config, this.#endpoint);
    if (built.omitted.length > 0) {
      this.#logger.warn(
        { omitted: built.omitted },
        `not sent: ${this.#endpoint.provider}/${this.#config.model} does not take these fields`,
      );
    }
    const eventId = nextClientEventId();
    this.#sessionUpdateId = eventId;
    const updated = this.#awaitEvent(connection, eventId, (event) =>
      event.type === 'session.updated' ? event : undefined,
    );
    connection.send({ ...built.event, event_id: eventId });
    try {
      await updated;
    } finally {
      this.#sessionUpdateId = null;
    }
  }

  /** Re-creates the mirrored conversation as text items and waits for the server to add each. */
  async #replay(connection: RealtimeConnection): Promise<number> {
    const items = this.#mirror.replayItems();
    if (items.length === 0) return 0;
    const acknowledged = items.map((item) => {
      const eventId = nextClientEventId();
      const added = this.#awaitEvent(connection, eventId, (event) =>
        (event.type === 'conversation.item.added' || event.type === 'conversation.item.done') &&
        event.item.id === item.id
          ? event
          : undefined,
      ).catch((error: Error) => {
        // A refused item is reported and skipped; a lost socket fails the whole restore.
        if (!(error instanceof RealtimeServiceError)) throw error;
        this.#logger.warn({ err: error, itemId: item.id }, 'the new session refused a replayed item');
      });
      connection.send({ type: 'conversation.item.create', event_id: eventId, item });
      return added;
    });
    await Promise.all(acknowledged);
    return items.length;
  }

  /** Sends what was held while no socket was usable, in order; returns the ms of audio among it. */
  #flushHeld(connection: RealtimeConnection): number {
    const held = this.#held;
    const audioMs = this.#input.msOf(this.#heldAudioBytes);
    this.#held = [];
    this.#heldAudioBytes = 0;
    for (const entry of held) {
      if ('audio' in entry) this.#transmitAudio(connection, entry.audio);
      else connection.send(entry.event);
    }
    return audioMs;
  }

  #scheduleRollover(connection: RealtimeConnection): void {
    clearTimeout(this.#rolloverTimer);
    const now = Date.now();
    let capAt = now + this.#options.sessionCapMs;
    if (connection.session.expiresAtMs !== null) capAt = Math.min(capAt, connection.session.expiresAtMs);
    // The server may announce a shorter life than configured: keep at least half of it usable.
    this.#marginMs = Math.min(this.#options.rolloverMarginMs, (capAt - now) / 2);
    const delay = Math.max(0, capAt - this.#marginMs - now);
    this.#rolloverTimer = setTimeout(() => {
      if (this.#connection !== connection || this.#state !== 'ready') return;
      this.#logger.info(
        { capInMs: capAt - Date.now() },
        'session cap approaching; rolling over after the current turn',
      );
      this.rollover().catch((error: Error) => this.#logger.warn({ err: error }, 'rollover did not complete'));
    }, delay);
    this.#rolloverTimer.unref();
  }

  /**
   * Opens and restores a new socket, retrying with bounded exponential backoff (a reconnect also waits
   * before its first try); each failed try that will be retried is reported as `unavailable`. Throws a
   * fatal error at once, SERVER_UNREACHABLE once the tries are used up, REALTIME_NOT_CONNECTED if the
   * client was closed meanwhile.
   */
  async #establish(
    kind: 'connect' | 'reconnect' | 'rollover',
  ): Promise<{ connection: RealtimeConnection; attempts: number; restored: Restored }> {
    const { maxAttempts, initialDelayMs, maxDelayMs } = this.#options.reconnect;
    const attempts = Math.max(1, maxAttempts);
    const delayBefore = (attempt: number) =>
      Math.min(maxDelayMs, initialDelayMs * 2 ** (attempt - 1)) * (0.8 + Math.random() * 0.4);
    let waitMs = kind === 'reconnect' ? delayBefore(1) : 0;
    let lastError: Error | undefined;
    for (let attempt = 1; attempt <= attempts; attempt++) {
      if (waitMs > 0 && !(await this.#sleep(waitMs))) break;
      let connection: RealtimeConnection | undefined;
      try {
        connection = await this.#open();
        const restored = await this.#restore(connection);
        return { connection, attempts: attempt, restored };
      } catch (error) {
        lastError = error as Error;
        if (connection) {
          this.#retired.add(connection);
          connection.close();
        }
        this.#connection = undefined;
        if (this.#state === 'closed') break;
        if (isFatal(lastError)) throw lastError;
        this.#logger.warn({ err: lastError, attempt, maxAttempts: attempts }, `${kind} attempt failed`);
        if (attempt < attempts) {
          waitMs = delayBefore(attempt + 1);
          this.emit('unavailable', {
            kind,
            attempt,
            maxAttempts: attempts,
            retryInMs: Math.round(waitMs),
            error: lastError,
          });
        }
      }
    }
    if (this.#state === 'closed') {
      throw new FrameworkError('REALTIME_NOT_CONNECTED', 'the realtime client was closed while connecting', {
        cause: lastError,
      });
    }
    throw new FrameworkError(
      'SERVER_UNREACHABLE',
      `gave up on a new realtime session after ${attempts} attempts: ${lastError?.message ?? 'no reason'}`,
      { cause: lastError },
    );
  }

  /** Replaces the current socket (dropped, rolled over, or not answering) with a new session carrying the conversation. */
  async #recover(kind: 'reconnect' | 'rollover'): Promise<void> {
    const previous = this.#connection;
    const handover = this.#detach(kind);
    try {
      const { connection, attempts, restored } = await this.#establish(kind);
      previous?.close(1000, kind === 'rollover' ? 'rolled over to a new session' : 'replaced');
      this.#announce(kind, handover, connection.session.id, attempts, restored);
    } catch (error) {
      this.#fail(error as Error);
    }
  }

  /**
   * Lets go of the current socket: its events no longer count, what it had in flight is settled (the
   * cut-off response queued again or reported, unfinished items dropped, uncommitted audio held to be
   * re-sent), and everything sent from now on is held for the next session.
   */
  #detach(kind: 'reconnect' | 'rollover'): Handover {
    const previous = this.#connection;
    if (previous) this.#retired.add(previous);
    this.#connection = undefined;
    clearTimeout(this.#rolloverTimer);
    clearTimeout(this.#answerTimer);
    this.#answerTimer = undefined;
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
    const handover: Handover = {
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

  #announce(
    kind: 'reconnect' | 'rollover',
    handover: Handover,
    sessionId: string,
    attempts: number,
    restored: Restored,
  ): void {
    const common = { sessionId, replayedItems: restored.replayedItems, ...handover };
    this.#logger.info(
      { ...common, kind },
      kind === 'rollover' ? 'rolled over to a new session' : 'reconnected',
    );
    if (kind === 'rollover') {
      this.emit('rollover', { ...common, heldAudioMs: restored.flushedAudioMs - handover.resentAudioMs });
    } else {
      this.emit('reconnected', { ...common, attempts });
    }
  }

  // ---- events ----

  #onEvent(event: RealtimeServerEvent): void {
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
        if (event.response.conversation_id !== null) this.#awaitingAutoResponse = false;
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
    if (event.type.startsWith('response.')) this.#watchAnswer();
    this.emit(event.type, event as never);
    this.emit('server_event', event);
  }

  #onServiceError(body: ServerEventMap['error']['error']): void {
    const clientEventId = body.event_id ?? null;
    const rejectsSessionConfig = clientEventId !== null && clientEventId === this.#sessionUpdateId;
    const error = new RealtimeServiceError(body, { rejectsSessionConfig });
    if (clientEventId !== null) {
      const collided = error.code === 'conversation_already_has_active_response';
      if (this.#sequencer.refused(clientEventId, collided) && collided) {
        this.#logger.debug(
          { clientEventId },
          'response.create collided with an active response; queued again',
        );
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
    this.#logger[error.disposition === 'rejected' ? 'warn' : 'error'](
      fields,
      `service error: ${error.message}`,
    );
    this.emit('service_error', error);
    if (error.disposition === 'fatal' && error.fault === 'account') this.#fail(error);
  }

  /**
   * Resolves with the first event `match` accepts. Rejects on a service error about `eventId`, on
   * timeout, or when `connection` (the socket the request went out on) closes or stops being current.
   */
  #awaitEvent<T>(
    connection: RealtimeConnection,
    eventId: string,
    match: (event: RealtimeServerEvent) => T | undefined,
  ): Promise<T> {
    return new Promise((resolve, reject) => {
      let done = false;
      const finish = (): void => {
        done = true;
        offEvent();
        offState();
        clearTimeout(timer);
      };
      const gone = (): void => {
        if (done) return;
        finish();
        reject(
          new FrameworkError('REALTIME_NOT_CONNECTED', `the session went away before answering ${eventId}`),
        );
      };
      const offEvent = this.on('server_event', (event) => {
        if (event.type === 'error' && event.error.event_id === eventId) {
          finish();
          reject(
            new RealtimeServiceError(event.error, {
              rejectsSessionConfig: eventId === this.#sessionUpdateId,
            }),
          );
          return;
        }
        const matched = match(event);
        if (matched === undefined) return;
        finish();
        resolve(matched);
      });
      const offState = this.on('state', (state) => {
        if (state === 'closed' || this.#connection !== connection) gone();
      });
      void connection.closed.then(gone);
      const timer = setTimeout(() => {
        finish();
        reject(
          new FrameworkError(
            'REALTIME_TIMEOUT',
            `no answer to ${eventId} within ${this.#options.requestTimeoutMs} ms`,
          ),
        );
      }, this.#options.requestTimeoutMs);
    });
  }

  /** Resolves true once no response is active or due and nobody is mid-speech, false after `limitMs`. */
  #whenQuiet(limitMs: number): Promise<boolean> {
    const quiet = (): boolean => !this.#sequencer.busy && !this.#speechActive && !this.#awaitingAutoResponse;
    if (quiet()) return Promise.resolve(true);
    return new Promise((resolve) => {
      const off = this.on('server_event', () => {
        if (!quiet()) return;
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

  // ---- a model that does not answer ----

  /**
   * (Re)starts the wait for the server's next word on a response, while one is due or running. A server
   * that goes quiet on a response for `responseTimeoutMs` is not answering: the response is dropped
   * (never asked for again, so a model that hangs on it cannot hang the conversation twice), reported
   * as `no_answer`, and the session is replaced with the conversation carried over.
   */
  #watchAnswer(): void {
    clearTimeout(this.#answerTimer);
    this.#answerTimer = undefined;
    if (!this.#sequencer.answering || this.#state !== 'ready') return;
    const connection = this.#connection;
    this.#answerWaitStartedAt = Date.now();
    this.#answerTimer = setTimeout(() => {
      if (this.#connection !== connection || this.#state !== 'ready' || !this.#sequencer.answering) return;
      // A timer can fire a millisecond early by the wall clock; the wait is never shorter than the bound.
      const waitedMs = Math.max(this.#options.responseTimeoutMs, Date.now() - this.#answerWaitStartedAt);
      const responseId = this.#sequencer.abandon();
      this.#logger.warn(
        { responseId, waitedMs },
        'the model did not answer in time; dropping the response and replacing the session',
      );
      this.emit('no_answer', { responseId, waitedMs });
      void this.#recover('reconnect');
    }, this.#options.responseTimeoutMs);
    this.#answerTimer.unref();
  }

  // ---- sending ----

  /**
   * The socket to send on: the current one while the session is ready and the socket open. A socket
   * that just dropped counts as none, so sends are held for the next session instead of throwing.
   */
  #live(): RealtimeConnection | undefined {
    return this.#state === 'ready' && this.#connection?.isOpen ? this.#connection : undefined;
  }

  #send(event: OutgoingEvent): void {
    const connection = this.#live();
    if (connection) connection.send(event);
    else if (this.#state !== 'closed') this.#held.push({ event });
  }

  #sendAudio(chunk: Buffer): void {
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
      if (dropped && 'audio' in dropped) this.#heldAudioBytes -= dropped.audio.length;
      this.#logger.warn(
        { holdLimitMs: this.#options.holdLimitMs },
        'input audio held too long without a session; oldest dropped',
      );
    }
  }

  #transmitAudio(connection: RealtimeConnection, chunk: Buffer): void {
    connection.sendAudio(chunk.toString('base64'));
    this.#input.recordSent(chunk);
  }

  #requireReady(what: string): RealtimeConnection {
    const connection = this.#live();
    if (!connection) {
      throw new FrameworkError(
        'REALTIME_NOT_CONNECTED',
        `${what} needs a ready session; the client is ${this.#state}`,
      );
    }
    return connection;
  }

  // ---- lifecycle ----

  #setState(state: ClientState): void {
    if (this.#state === state) return;
    this.#state = state;
    this.emit('state', state);
  }

  #fail(error: Error): void {
    if (this.#state === 'closed') return;
    this.#logger.error({ err: error }, 'realtime client stopped');
    this.#shutDown(error);
  }

  #shutDown(error: Error | null): void {
    this.#setState('closed');
    clearTimeout(this.#rolloverTimer);
    clearTimeout(this.#answerTimer);
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
  #sleep(ms: number): Promise<boolean> {
    return new Promise((resolve) => {
      if (this.#lifetime.signal.aborted) {
        resolve(false);
        return;
      }
      const onAbort = (): void => {
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
function isFatal(error: Error): boolean {
  if (error instanceof RealtimeServiceError) return error.disposition === 'fatal';
  return isFrameworkError(error, 'CREDENTIALS_REJECTED') || isFrameworkError(error, 'CONFIG_INVALID');
}
