// The model session as the layers above the protocol see it: domain events (decoded speech per item,
// turns the server committed, transcripts, finished responses with their tool calls and usage) and the
// few commands a conversation needs. `RealtimeModelSession` implements it over a RealtimeClient; tests
// and other transports can implement the same interface. Nothing here knows about rooms.
import { decodeWire, encodeWire, wireRate } from '../audio/wire-format.js';
import type { Logger } from '../telemetry/log.js';
import { TypedEmitter } from '../typed-emitter.js';
import {
  type NoAnswerEvent,
  type Playback,
  RealtimeClient,
  type RealtimeClientOptions,
  type ReconnectedEvent,
  type RolloverEvent,
  type TruncateOutcome,
  type UnavailableEvent,
} from './client.js';
import type { RealtimeServiceError } from './service-error.js';
import { type FunctionTool, serverInterruptsResponses } from './session-config.js';
import type { UsageTotals } from './usage.js';
import type { ConversationItem, RealtimeResponseCreateParams, RealtimeResponseUsage } from './wire.js';

export interface FunctionCallRequest {
  callId: string;
  name: string;
  arguments: string;
}

export interface ModelSessionEvents {
  /** Speech of an assistant item, PCM16 mono at `outputRate`. */
  audio: { itemId: string; responseId: string; samples: Int16Array };
  /** All audio of the item has arrived. */
  audio_done: { itemId: string };
  /** The model's words for an item it speaks, as they stream. */
  output_transcript: { itemId: string; responseId: string; delta: string };
  output_transcript_done: { itemId: string; responseId: string; transcript: string };
  /** The server's turn detection heard speech start or stop in the input buffer. */
  speech_started: { itemId: string };
  speech_stopped: { itemId: string };
  /** The input buffer became a user item (server turn detection, a manual commit, or an idle timeout). */
  committed: { itemId: string; previousItemId: string | null };
  /** The server's transcription of a user item, as it streams, then final (or failed). */
  input_transcript: { itemId: string; delta: string };
  input_transcript_done: { itemId: string; transcript: string };
  input_transcript_failed: { itemId: string; message: string };
  response_started: { responseId: string };
  response_done: {
    responseId: string;
    status: string;
    usage: RealtimeResponseUsage | null;
    functionCalls: FunctionCallRequest[];
  };
  /** The session moved to a new socket (a drop, or the session cap), conversation restored. */
  handover: { kind: 'reconnect'; event: ReconnectedEvent } | { kind: 'rollover'; event: RolloverEvent };
  /** Opening a session failed and will be tried again (first connect, reconnect or rollover). */
  unavailable: UnavailableEvent;
  /** The model did not answer a response in time: it was dropped and the session replaced. */
  no_answer: NoAnswerEvent;
  /** A service error (the client keeps going unless it is fatal). */
  service_error: RealtimeServiceError;
  closed: { error: Error | null };
}

/** What a conversation can ask of its model session. */
export interface ModelSession {
  /** Sample rate of the PCM16 audio `appendAudio` takes. */
  readonly inputRate: number;
  /** Sample rate of the PCM16 audio `audio` events carry. */
  readonly outputRate: number;
  /** Whether the server cancels a response by itself when it hears speech. */
  readonly serverInterrupts: boolean;
  readonly sessionId: string | null;
  readonly usage: Readonly<UsageTotals>;
  on<K extends keyof ModelSessionEvents>(
    name: K,
    listener: (payload: ModelSessionEvents[K]) => void,
  ): () => void;
  connect(): Promise<void>;
  /** Appends PCM16 samples at `inputRate` to the input buffer. */
  appendAudio(samples: Int16Array): void;
  /** Commits the input buffer; false (nothing sent) below 100 ms of audio. */
  commitAudio(): boolean;
  clearAudio(): void;
  /**
   * Adds a user item of text and/or audio (PCM16 at `inputRate`), with the given id or one the server
   * picks; `previousItemId` places it (null: first; absent: last).
   */
  addUserItem(
    item: { itemId?: string; text?: string; samples?: Int16Array },
    previousItemId?: string | null,
  ): void;
  /** Asks for a response (queued while one is active). */
  respond(response?: RealtimeResponseCreateParams): void;
  /** Cancels the active response, if any. */
  cancelResponse(): void;
  /** Whether a response is running or queued. */
  readonly responding: boolean;
  /** Barge-in: cancels the response unless the server does, and truncates the item to what was heard. */
  interrupt(options: { playback?: Playback; bySpeech: boolean }): TruncateOutcome;
  sendFunctionOutput(callId: string, output: string): void;
  updateTools(tools: FunctionTool[]): Promise<void>;
  close(): void;
}

export class RealtimeModelSession extends TypedEmitter<ModelSessionEvents> implements ModelSession {
  readonly #client: RealtimeClient;
  readonly inputRate: number;
  readonly outputRate: number;

  constructor(options: RealtimeClientOptions, context: { logger: Logger }) {
    super(() => context.logger);
    const client = new RealtimeClient(options, context);
    this.#client = client;
    const { inputFormat, outputFormat } = client.config;
    this.inputRate = wireRate(inputFormat);
    this.outputRate = wireRate(outputFormat);

    client.on('response.output_audio.delta', (event) => {
      const samples = decodeWire(outputFormat, Buffer.from(event.delta, 'base64'));
      this.emit('audio', { itemId: event.item_id, responseId: event.response_id, samples });
    });
    client.on('response.output_audio.done', (event) => this.emit('audio_done', { itemId: event.item_id }));
    client.on('response.output_audio_transcript.delta', (event) =>
      this.emit('output_transcript', {
        itemId: event.item_id,
        responseId: event.response_id,
        delta: event.delta,
      }),
    );
    client.on('response.output_audio_transcript.done', (event) =>
      this.emit('output_transcript_done', {
        itemId: event.item_id,
        responseId: event.response_id,
        transcript: event.transcript,
      }),
    );
    client.on('input_audio_buffer.speech_started', (event) =>
      this.emit('speech_started', { itemId: event.item_id }),
    );
    client.on('input_audio_buffer.speech_stopped', (event) =>
      this.emit('speech_stopped', { itemId: event.item_id }),
    );
    client.on('input_audio_buffer.committed', (event) =>
      this.emit('committed', { itemId: event.item_id, previousItemId: event.previous_item_id ?? null }),
    );
    client.on('conversation.item.input_audio_transcription.delta', (event) =>
      this.emit('input_transcript', { itemId: event.item_id, delta: event.delta ?? '' }),
    );
    client.on('conversation.item.input_audio_transcription.completed', (event) =>
      this.emit('input_transcript_done', { itemId: event.item_id, transcript: event.transcript }),
    );
    client.on('conversation.item.input_audio_transcription.failed', (event) =>
      this.emit('input_transcript_failed', { itemId: event.item_id, message: event.error.message ?? '' }),
    );
    client.on('response.created', (event) =>
      this.emit('response_started', { responseId: event.response.id ?? '' }),
    );
    client.on('response.done', ({ response }) => {
      const functionCalls: FunctionCallRequest[] = [];
      for (const item of response.output ?? []) {
        if (item.type === 'function_call' && item.call_id && item.name) {
          functionCalls.push({ callId: item.call_id, name: item.name, arguments: item.arguments ?? '' });
        }
      }
      this.emit('response_done', {
        responseId: response.id ?? '',
        status: response.status ?? 'completed',
        usage: response.usage ?? null,
        functionCalls,
      });
    });
    client.on('reconnected', (event) => this.emit('handover', { kind: 'reconnect', event }));
    client.on('rollover', (event) => this.emit('handover', { kind: 'rollover', event }));
    client.on('unavailable', (event) => this.emit('unavailable', event));
    client.on('no_answer', (event) => this.emit('no_answer', event));
    client.on('service_error', (error) => this.emit('service_error', error));
    client.on('closed', (event) => this.emit('closed', event));
  }

  get serverInterrupts(): boolean {
    return serverInterruptsResponses(this.#client.config.turnDetection);
  }

  get sessionId(): string | null {
    return this.#client.sessionId;
  }

  get usage(): Readonly<UsageTotals> {
    return this.#client.usage;
  }

  get responding(): boolean {
    return this.#client.answering;
  }

  connect(): Promise<void> {
    return this.#client.connect();
  }

  appendAudio(samples: Int16Array): void {
    this.#client.appendAudio(samples);
  }

  commitAudio(): boolean {
    return this.#client.commitAudio();
  }

  clearAudio(): void {
    this.#client.clearAudio();
  }

  addUserItem(
    item: { itemId?: string; text?: string; samples?: Int16Array },
    previousItemId?: string | null,
  ): void {
    const content: Extract<ConversationItem, { role: 'user' }>['content'] = [];
    if (item.text !== undefined) content.push({ type: 'input_text', text: item.text });
    if (item.samples !== undefined) {
      const audio = encodeWire(this.#client.config.inputFormat, item.samples).toString('base64');
      content.push({ type: 'input_audio', audio });
    }
    this.#client.createItem(
      { ...(item.itemId ? { id: item.itemId } : {}), type: 'message', role: 'user', content },
      previousItemId === null ? 'root' : previousItemId,
    );
  }

  respond(response?: RealtimeResponseCreateParams): void {
    this.#client.createResponse(response);
  }

  cancelResponse(): void {
    if (this.#client.activeResponseId !== null) this.#client.cancelResponse();
  }

  interrupt(options: { playback?: Playback; bySpeech: boolean }): TruncateOutcome {
    return this.#client.interrupt(options);
  }

  sendFunctionOutput(callId: string, output: string): void {
    this.#client.sendFunctionOutput(callId, output);
  }

  updateTools(tools: FunctionTool[]): Promise<void> {
    return this.#client.updateSession({ tools });
  }

  close(): void {
    this.#client.close();
  }
}
