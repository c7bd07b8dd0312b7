// Stand-ins for the relay's unit tests (one module at a time; the room and model tests use the real
// parts): a model session that records what the conversation asks of it and lets the test play the
// server's events, a speech output whose speaking the test controls, and speakers whose microphone and
// voice activity the test drives.
import type { AudioFrame } from '@livekit/rtc-node';
import pino from 'pino';
import type { ModelSession, ModelSessionEvents } from '../../src/realtime/index.js';
import { emptyUsage } from '../../src/realtime/usage.js';
import { AgentEventBus } from '../../src/relay/agent-events.js';
import { Conversation, type ConversationOptions } from '../../src/relay/conversation.js';
import { FloorPolicy } from '../../src/relay/floor-policy.js';
import { Speaker } from '../../src/relay/speaker.js';
import { speakerRef } from '../../src/relay/speaker-label.js';
import type { HeardSpeech, SpeechOutput } from '../../src/relay/speech-output.js';
import { TypedEmitter } from '../../src/typed-emitter.js';

export const silent = pino({ level: 'silent' });

export type SessionCall =
  | { kind: 'append'; samples: number }
  | { kind: 'commit' }
  | { kind: 'clear' }
  | { kind: 'item'; itemId?: string; text?: string; samples?: number; previousItemId?: string | null }
  | { kind: 'respond'; response?: unknown }
  | { kind: 'cancel' }
  | { kind: 'interrupt'; playback?: { itemId: string; playedMs: number }; bySpeech: boolean };

export class FakeSession extends TypedEmitter<ModelSessionEvents> implements ModelSession {
  readonly inputRate = 24_000;
  readonly outputRate = 24_000;
  serverInterrupts = false;
  readonly sessionId = 'sess_fake';
  readonly usage = emptyUsage();
  responding = false;
  readonly calls: SessionCall[] = [];
  /** Uncommitted samples, as the server would hold them. */
  #buffered = 0;

  constructor() {
    super(() => silent);
  }

  /** Plays a server event to the conversation. */
  serve<K extends keyof ModelSessionEvents>(name: K, payload: ModelSessionEvents[K]): void {
    this.emit(name, payload);
  }

  of<K extends SessionCall['kind']>(kind: K): Extract<SessionCall, { kind: K }>[] {
    return this.calls.filter((call) => call.kind === kind) as Extract<SessionCall, { kind: K }>[];
  }

  async connect(): Promise<void> {}
  appendAudio(samples: Int16Array): void {
    this.#buffered += samples.length;
    this.calls.push({ kind: 'append', samples: samples.length });
  }
  commitAudio(): boolean {
    if (this.#buffered < 2_400) return false;
    this.#buffered = 0;
    this.calls.push({ kind: 'commit' });
    return true;
  }
  clearAudio(): void {
    this.#buffered = 0;
    this.calls.push({ kind: 'clear' });
  }
  addUserItem(
    item: { itemId?: string; text?: string; samples?: Int16Array },
    previousItemId?: string | null,
  ): void {
    this.calls.push({
      kind: 'item',
      itemId: item.itemId,
      text: item.text,
      samples: item.samples?.length,
      previousItemId,
    });
  }
  respond(response?: unknown): void {
    this.calls.push({ kind: 'respond', response });
  }
  cancelResponse(): void {
    this.calls.push({ kind: 'cancel' });
  }
  interrupt(options: { playback?: { itemId: string; playedMs: number }; bySpeech: boolean }) {
    this.calls.push({ kind: 'interrupt', ...options });
    return 'truncated' as const;
  }
  sendFunctionOutput(): void {}
  async updateTools(): Promise<void> {}
  close(): void {}
}

export class FakeOutput implements SpeechOutput {
  speaking = false;
  interrupted = 0;
  readonly #listeners = new Set<(speaking: boolean, itemId: string | undefined) => void>();
  play(): void {}
  interrupt(): HeardSpeech | undefined {
    if (!this.speaking) return undefined;
    this.interrupted += 1;
    this.setSpeaking(false);
    return { itemId: 'item_answer', heardMs: 1_200 };
  }
  setSpeaking(speaking: boolean): void {
    this.speaking = speaking;
    for (const listener of this.#listeners) listener(speaking, 'item_answer');
  }
  onSpeaking(listener: (speaking: boolean, itemId: string | undefined) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }
}

/** A microphone the test pushes 20 ms frames into. */
class FrameFeed implements AsyncIterable<AudioFrame> {
  readonly #queue: AudioFrame[] = [];
  #wake: (() => void) | undefined;
  #ended = false;
  push(samples: number): void {
    this.#queue.push({
      data: new Int16Array(samples),
      sampleRate: 24_000,
      channels: 1,
    } as unknown as AudioFrame);
    this.#wake?.();
  }
  end(): void {
    this.#ended = true;
    this.#wake?.();
  }
  async *[Symbol.asyncIterator](): AsyncIterator<AudioFrame> {
    while (true) {
      const frame = this.#queue.shift();
      if (frame) yield frame;
      else if (this.#ended) return;
      else await new Promise<void>((resolve) => (this.#wake = resolve));
    }
  }
}

/** A speaker whose voice activity the test declares (the relay's VAD is tested on real audio elsewhere). */
export class TestSpeaker extends Speaker {
  readonly feed = new FrameFeed();
  readonly listening: Promise<void>;

  constructor(identity: string, name = identity) {
    super(speakerRef(identity, name), { identity, name, kind: 'human', attributes: {} }, `TR_${identity}`, {
      sampleRate: 24_000,
      logger: silent,
    });
    this.listening = this.listen(this.feed);
  }

  /** Starts talking: `ms` of audio before it counts as speech (the turn's padding). */
  startsTalking(): void {
    this.emit('speech_started', { atMs: 0 });
  }
  stopsTalking(): void {
    this.emit('speech_stopped', { atMs: 0 });
  }
  /** Pushes `ms` of audio and lets it flow (without timers, so fake timers do not hold it up). */
  async talks(ms: number): Promise<void> {
    for (let i = 0; i < ms / 20; i++) this.feed.push(480);
    for (let i = 0; i < 4; i++) await new Promise((resolve) => setImmediate(resolve));
  }
  leaves(): Promise<void> {
    this.feed.end();
    return this.listening;
  }
}

/** A shared-room conversation over these stand-ins (open floor, server VAD, 500 ms), with `options` on top. */
export function fakeConversation(options: Partial<ConversationOptions> = {}) {
  const session = new FakeSession();
  const output = new FakeOutput();
  const events = new AgentEventBus(() => silent);
  const talk = new Conversation({
    id: 'room',
    session,
    output,
    floor: new FloorPolicy('open', []),
    events,
    logger: silent,
    shared: true,
    relayCommits: false,
    createResponse: true,
    interruptResponse: true,
    silenceMs: 500,
    hasTools: false,
    ...options,
  });
  return { talk, session, output, events };
}
