// One conversation with the model: one model session, the speakers it hears, and the speech output its
// answers go to. Two ways to run it:
//   - direct (modes single and per-participant): one speaker streams live all the time; the model's
//     turn detection ends turns and starts answers, and its speech cuts the agent off.
//   - shared (mode shared): many speakers, one model session. Whoever starts talking while nobody
//     holds the floor streams live; a person who talks meanwhile is buffered and sent as their own
//     user item when the floor frees, in the order people started. Every turn is labelled with its
//     speaker, and this class (not the server) decides, by the floor policy, whether a turn is
//     answered and whether speech cuts the agent off.
// With turn_detection none, the relay's own voice activity ends live turns (it commits the buffer).
import { randomUUID } from 'node:crypto';
import { concatSamples } from '../audio/pcm.js';
import type { FunctionTool, ModelSession } from '../realtime/index.js';
import type { AgentState } from '../room/agent-state.js';
import type { Logger } from '../telemetry/log.js';
import type { ParticipantInfo } from '../tools/context.js';
import type { AgentEventBus, SpeakerRef } from './agent-events.js';
import type { FloorPolicy } from './floor-policy.js';
import type { Speaker } from './speaker.js';
import { speakerLabel, speakerRef } from './speaker-label.js';
import type { SpeechOutput } from './speech-output.js';

export interface ConversationOptions {
  /** `room`, or the listener's identity in per-participant mode. */
  id: string;
  session: ModelSession;
  output: SpeechOutput;
  floor: FloorPolicy;
  events: AgentEventBus;
  logger: Logger;
  /** Mode shared: labelled turns, floor and answers decided here. */
  shared: boolean;
  /** turn_detection none: the relay ends live turns itself (speakers need voice activity). */
  relayCommits: boolean;
  /** turn_detection create_response: finished turns are answered. */
  createResponse: boolean;
  /** turn_detection interrupt_response: speech cuts the agent's answer off. */
  interruptResponse: boolean;
  /**
   * Silence that ends a turn, ms: how long to wait for the model to end a live turn, and what is taken
   * off a turn's commit time to find when its speech ended.
   */
  silenceMs: number;
  /** The agent has tools (an observer then answers in text, so tools can run without speech). */
  hasTools: boolean;
  /** Only this participant hears the answers (per-participant mode). */
  privateTo?: string;
  /** Aborts tool calls still running (a barge-in). */
  abortTools?(): void;
  /** The conversation's state changed (for the agent's state in the room). */
  stateChanged?(): void;
}

/** A turn of someone who talked while another person held the floor. */
interface BufferedTurn {
  speaker: Speaker;
  chunks: Int16Array[];
  complete: boolean;
}

/** A text-only response of an observer that has tools: it may call them, it never speaks. */
const OBSERVER_RESPONSE = {
  output_modalities: ['text' as const],
  instructions:
    'You are observing this conversation silently. Do not reply to anyone. If what was just said calls for one of your tools (for example taking a note), call it; otherwise output nothing.',
};

/** The longest buffered turn: a person talking longer over someone else is sent in parts. */
const MAX_BUFFERED_MS = 60_000;
/** Extra wait beyond the silence window for the model to end a live turn, before the relay does. */
const FLOOR_GRACE_MS = 1_500;
/** Items whose speaker and transcript are remembered (late transcripts of older items are not shown). */
const ITEMS_REMEMBERED = 500;

/** Sets `key` in a map that forgets its oldest entries beyond ITEMS_REMEMBERED. */
function remember<V>(map: Map<string, V>, key: string, value: V): void {
  map.delete(key);
  map.set(key, value);
  if (map.size > ITEMS_REMEMBERED) map.delete(map.keys().next().value!);
}

function newItemId(): string {
  return `item_rv${randomUUID().replaceAll('-', '').slice(0, 24)}`;
}

export class Conversation {
  readonly id: string;
  readonly #o: ConversationOptions;
  readonly #session: ModelSession;
  readonly #logger: Logger;
  readonly #speakers = new Set<Speaker>();
  /** Direct mode: the one speaker, always live. */
  #pinned: Speaker | undefined;
  /** Shared mode: the speaker streaming live now. */
  #live: Speaker | undefined;
  #liveStopped = false;
  #floorTimer: NodeJS.Timeout | undefined;
  /** The model's turn detection has heard speech it has not committed yet. */
  #serverSpeech = false;
  readonly #queue: BufferedTurn[] = [];
  /** Who said each user item. */
  readonly #speakerOf = new Map<string, SpeakerRef | undefined>();
  readonly #transcripts = new Map<string, string>();
  /** Turns waiting for their transcript before the floor policy can decide. */
  readonly #undecided = new Set<string>();
  /**
   * Answers asked for and not started yet, in asking order (the session starts them one at a time, in
   * that order), each with the person it is for. A turn that joins an answer still waiting to start
   * makes it theirs.
   */
  readonly #asked: { for: ParticipantInfo | undefined }[] = [];
  #waitingAnswer: { for: ParticipantInfo | undefined } | undefined;
  /** The person the answer being given is for: the caller of its tools, however the turns moved on since. */
  #answerFor: ParticipantInfo | undefined;
  #requested = false;
  #thinking = false;
  /** When the speech of the last turn not yet answered ended (performance.now()). */
  #turnEndedAt: number | undefined;
  #ready = false;
  /** The model cannot be reached right now (a try to open a session failed; another follows). */
  #unavailable = false;
  #closed = false;
  readonly #offs: (() => void)[] = [];

  constructor(options: ConversationOptions) {
    this.id = options.id;
    this.#o = options;
    this.#session = options.session;
    this.#logger = options.logger;
    const session = this.#session;
    this.#offs.push(
      session.on('audio', ({ itemId, samples }) => {
        if (options.floor.policy !== 'observer') options.output.play(itemId, samples);
      }),
      options.output.onSpeaking((speaking, itemId) => {
        if (speaking) {
          this.#thinking = false;
          this.#replyStarted(itemId);
        }
        options.stateChanged?.();
      }),
      session.on('speech_started', () => this.#onServerSpeech()),
      session.on('speech_stopped', () => {
        this.#serverSpeech = false;
      }),
      session.on('committed', ({ itemId, previousItemId }) => this.#onCommitted(itemId, previousItemId)),
      session.on('input_transcript', ({ itemId, delta }) => this.#onTranscript(itemId, delta, false)),
      session.on('input_transcript_done', ({ itemId, transcript }) =>
        this.#onTranscript(itemId, transcript, true),
      ),
      session.on('input_transcript_failed', ({ itemId, message }) =>
        this.#onTranscriptFailed(itemId, message),
      ),
      session.on('output_transcript', ({ itemId, delta }) => this.#agentLine(itemId, delta, false)),
      session.on('output_transcript_done', ({ itemId, transcript }) =>
        this.#agentLine(itemId, transcript, true),
      ),
      session.on('response_started', () => {
        this.#requested = false;
        const asked = this.#asked.shift();
        if (asked === this.#waitingAnswer) this.#waitingAnswer = undefined;
        // Direct mode: the one person heard (the server also starts answers of its own there).
        this.#answerFor = this.#o.shared ? asked?.for : this.#pinned?.participant;
        if (options.floor.policy !== 'observer') this.#setThinking(true);
      }),
      session.on('response_done', ({ responseId, usage }) => {
        if (!options.output.speaking) this.#setThinking(false);
        const caller = this.#answerFor;
        const speaker = caller && speakerRef(caller.identity, caller.name);
        options.events.publish('usage', { conversation: this.id, responseId, usage, speaker });
      }),
      session.on('unavailable', () => this.#setUnavailable(true)),
      session.on('handover', () => this.#setUnavailable(false)),
      session.on('no_answer', ({ responseId, waitedMs }) => {
        // The answer will not come: the next turn must be able to ask for its own.
        this.#requested = false;
        // One that never started is dropped from the asked answers (one that started already left them).
        if (!responseId && this.#asked.shift() === this.#waitingAnswer) this.#waitingAnswer = undefined;
        this.#setThinking(false);
        options.events.publish('error', {
          code: 'MODEL_NO_ANSWER',
          message: `the model did not answer${responseId ? ` response ${responseId}` : ''} within ${waitedMs} ms; the session was replaced and the next turn will be answered`,
          conversation: this.id,
        });
      }),
    );
  }

  get state(): AgentState {
    if (!this.#ready || this.#unavailable) return 'initializing';
    if (this.#o.output.speaking) return 'speaking';
    return this.#thinking ? 'thinking' : 'listening';
  }

  /**
   * The person the answer being given is for: who asked, for the tools it calls. In direct mode the one
   * person it hears; no one for the greeting of a shared room.
   */
  caller(): ParticipantInfo | undefined {
    return this.#answerFor;
  }

  /**
   * Asks the model to go on after a tool's result, the way this conversation answers (text for an
   * observer), for the person the tool acted for.
   */
  continueAfterTool(onBehalfOf: ParticipantInfo | undefined): void {
    this.#ask(onBehalfOf, this.#o.floor.policy === 'observer' ? OBSERVER_RESPONSE : undefined);
  }

  /** Gives the model session a new tool list (an MCP server's tools changed). */
  updateTools(tools: FunctionTool[]): void {
    this.#session
      .updateTools(tools)
      .catch((error: unknown) => this.#logger.warn({ err: error }, 'the model refused the new tool list'));
  }

  /** Opens the model session. */
  async open(): Promise<void> {
    await this.#session.connect();
    this.#ready = true;
    this.#unavailable = false;
    this.#o.stateChanged?.();
  }

  /** Says `instructions`' greeting (a response of its own). */
  greet(instructions: string): void {
    if (this.#o.floor.policy === 'observer') return;
    this.#ask(undefined, { instructions });
    this.#setThinking(true);
  }

  /**
   * Starts hearing `speaker`: direct mode pins them live (after `lead`, audio of theirs from just before,
   * such as the words that got them linked); shared mode follows their voice activity.
   */
  add(speaker: Speaker, lead?: Int16Array): void {
    if (this.#closed || this.#speakers.has(speaker)) return;
    this.#speakers.add(speaker);
    if (!this.#o.shared) {
      this.#pinned = speaker;
      if (lead && lead.length > 0) this.#session.appendAudio(lead);
      speaker.routeTo((samples) => this.#session.appendAudio(samples));
    }
    const offStart = speaker.on('speech_started', ({ atMs }) => this.#onSpeechStarted(speaker, atMs));
    const offStop = speaker.on('speech_stopped', () => this.#onSpeechStopped(speaker));
    const offEnd = speaker.on('ended', () => {
      offStart();
      offStop();
      offEnd();
      this.remove(speaker);
    });
  }

  /** Stops hearing `speaker`; what they said so far is kept (a live turn is committed, a buffered one sent). */
  remove(speaker: Speaker): void {
    if (!this.#speakers.delete(speaker)) return;
    speaker.routeTo(undefined);
    if (this.#pinned === speaker) {
      // What they said before leaving is kept (the model's turn detection will not end it now).
      this.#pinned = undefined;
      if (this.#serverSpeech || speaker.speaking) this.#session.commitAudio();
    }
    if (this.#live === speaker) {
      this.#logger.info(
        { speaker: speaker.ref.identity },
        'the speaker holding the floor left; their turn is kept',
      );
      // The commit's `committed` event still names them: the floor is released when it comes.
      this.#liveStopped = true;
      this.#commitLive();
    }
    const open = this.#queue.find((turn) => turn.speaker === speaker && !turn.complete);
    if (open) {
      open.complete = true;
      this.#flush();
    }
  }

  close(): void {
    if (this.#closed) return;
    this.#closed = true;
    clearTimeout(this.#floorTimer);
    for (const off of this.#offs) off();
    for (const speaker of this.#speakers) speaker.routeTo(undefined);
    this.#speakers.clear();
    this.#o.output.interrupt();
    this.#session.close();
  }

  // ---- speech in ----

  #onSpeechStarted(speaker: Speaker, atMs: number): void {
    const heard = this.#speakers.has(speaker);
    this.#o.events.publish('speech_started', { speaker: speaker.ref, heard });
    if (!heard) return;
    if (this.#o.shared ? this.#o.floor.interruptsOnSpeech(speaker.ref) : this.#o.relayCommits) {
      this.#bargeIn(speaker, false);
    }
    if (!this.#o.shared) return;
    if (this.#live === speaker) {
      this.#liveStopped = false;
      clearTimeout(this.#floorTimer);
      return;
    }
    const start = speaker.recentFrom(atMs);
    if (this.#live === undefined && this.#queue.length === 0) this.#goLive(speaker, start);
    else this.#buffer(speaker, start);
  }

  /** Buffers `speaker`'s turn while someone else holds the floor. */
  #buffer(speaker: Speaker, start: Int16Array): void {
    const turn: BufferedTurn = { speaker, chunks: [start], complete: false };
    let bufferedMs = (start.length * 1000) / speaker.sampleRate;
    this.#queue.push(turn);
    speaker.routeTo((samples) => {
      turn.chunks.push(samples);
      bufferedMs += (samples.length * 1000) / speaker.sampleRate;
      if (bufferedMs < MAX_BUFFERED_MS) return;
      // A very long turn over someone else: what there is waits as one turn, the rest as the next.
      turn.complete = true;
      this.#buffer(speaker, new Int16Array(0));
    });
    this.#logger.debug({ speaker: speaker.ref.identity }, 'buffering: someone else holds the floor');
  }

  #onSpeechStopped(speaker: Speaker): void {
    if (this.#pinned === speaker && this.#o.relayCommits) {
      this.#commitLive();
      return;
    }
    if (this.#live === speaker) {
      this.#liveStopped = true;
      if (this.#o.relayCommits) this.#commitLive();
      else this.#armFloorTimer();
      return;
    }
    const turn = this.#queue.find((queued) => queued.speaker === speaker && !queued.complete);
    if (!turn) return;
    turn.complete = true;
    speaker.routeTo(undefined);
    this.#flush();
  }

  #goLive(speaker: Speaker, start: Int16Array): void {
    this.#live = speaker;
    this.#liveStopped = false;
    if (start.length > 0) this.#session.appendAudio(start);
    speaker.routeTo((samples) => this.#session.appendAudio(samples));
    this.#logger.debug({ speaker: speaker.ref.identity }, 'holds the floor: streaming live');
  }

  #commitLive(): void {
    if (!this.#session.commitAudio()) {
      this.#session.clearAudio();
      this.#releaseFloor('too little audio to commit');
    }
  }

  /**
   * The model did not end the live turn in time after its speaker went quiet: the relay does. Its detector
   * may lag the relay's (a busy machine), so the turn waits for it; if it never heard speech at all, what
   * was streamed is dropped so it cannot join the next speaker's turn.
   */
  #armFloorTimer(): void {
    clearTimeout(this.#floorTimer);
    this.#floorTimer = setTimeout(() => {
      if (!this.#live || !this.#liveStopped) return;
      if (!this.#serverSpeech) {
        this.#session.clearAudio();
        this.#releaseFloor('the model heard no speech to commit');
        return;
      }
      this.#logger.debug({ speaker: this.#live.ref.identity }, 'the model kept the turn open; committing it');
      if (!this.#session.commitAudio()) {
        this.#session.clearAudio();
        this.#releaseFloor('nothing left to commit');
      }
    }, this.#o.silenceMs + FLOOR_GRACE_MS);
  }

  #releaseFloor(reason: string): void {
    const speaker = this.#live;
    if (!speaker) return;
    clearTimeout(this.#floorTimer);
    this.#logger.debug({ speaker: speaker.ref.identity, reason }, 'floor released');
    if (this.#speakers.has(speaker)) speaker.routeTo(undefined);
    this.#live = undefined;
    this.#flush();
  }

  /** Sends finished buffered turns in speaking order; the first one still going takes the floor. */
  #flush(): void {
    while (this.#live === undefined && this.#queue.length > 0) {
      const turn = this.#queue.shift()!;
      const samples = concatSamples(turn.chunks);
      if (!turn.complete) {
        this.#goLive(turn.speaker, samples);
        return;
      }
      if (samples.length === 0) continue;
      const id = newItemId();
      this.#turnEnded();
      this.#session.addUserItem({ itemId: id, text: speakerLabel(turn.speaker.ref), samples });
      this.#attributed(id, turn.speaker, false);
    }
  }

  #onServerSpeech(): void {
    this.#serverSpeech = true;
    // Direct mode: the model's voice activity is the speaker's; it cuts the agent off.
    const speaker = this.#pinned;
    if (!this.#o.shared && !this.#o.relayCommits && speaker) {
      this.#o.events.publish('speech_started', { speaker: speaker.ref, heard: true });
      this.#bargeIn(speaker, true);
    }
  }

  #onCommitted(itemId: string, previousItemId: string | null): void {
    this.#serverSpeech = false;
    this.#turnEnded();
    const speaker = this.#o.shared ? this.#live : this.#pinned;
    if (this.#o.shared && speaker) {
      this.#session.addUserItem({ text: speakerLabel(speaker.ref) }, previousItemId);
    }
    this.#attributed(itemId, speaker, true);
    if (speaker && this.#live === speaker && (this.#liveStopped || !speaker.speaking)) {
      this.#releaseFloor('turn committed');
    }
  }

  // ---- deciding ----

  #attributed(itemId: string, speaker: Speaker | undefined, live: boolean): void {
    remember(this.#speakerOf, itemId, speaker?.ref);
    this.#o.events.publish('turn', { conversation: this.id, itemId, speaker: speaker?.ref, live });
    // Direct mode: the model answers by itself (create_response), as configured.
    if (!this.#o.shared && !this.#o.relayCommits) return;
    this.#decide(itemId, speaker);
  }

  #decide(itemId: string, speaker: Speaker | undefined): void {
    const ref = speaker?.ref;
    const decision = this.#o.floor.decide(ref, this.#transcripts.get(itemId));
    if (decision.kind === 'await-transcript') {
      this.#undecided.add(itemId);
      return;
    }
    this.#undecided.delete(itemId);
    const answer = decision.kind === 'answer' && this.#o.createResponse;
    const reason =
      decision.kind === 'answer' && !this.#o.createResponse ? 'create_response is off' : decision.reason;
    this.#o.events.publish('decision', { conversation: this.id, itemId, speaker: ref, answer, reason });
    if (decision.kind === 'observe') {
      if (this.#o.hasTools) this.#request(speaker, OBSERVER_RESPONSE);
      return;
    }
    if (!answer) return;
    // Addressed and first-speaker turns were not allowed to cut the agent off when they started; a turn
    // that is to be answered now does (open turns already did at their start).
    if (this.#o.interruptResponse && this.#o.floor.policy !== 'open') this.#bargeIn(speaker, false);
    this.#request(speaker);
  }

  #request(speaker: Speaker | undefined, response?: Parameters<ModelSession['respond']>[0]): void {
    if (this.#requested) {
      // The answer already asked for will see this turn too, and answers its speaker.
      if (this.#waitingAnswer) this.#waitingAnswer.for = speaker?.participant;
      return;
    }
    this.#requested = true;
    this.#waitingAnswer = this.#ask(speaker?.participant, response);
    if (!response) this.#setThinking(true);
  }

  /** Asks the model for an answer for `caller`. */
  #ask(
    caller: ParticipantInfo | undefined,
    response?: Parameters<ModelSession['respond']>[0],
  ): { for: ParticipantInfo | undefined } {
    const asked = { for: caller };
    this.#asked.push(asked);
    this.#session.respond(response);
    return asked;
  }

  #bargeIn(by: Speaker | undefined, bySpeech: boolean): void {
    if (!this.#o.interruptResponse) return;
    const output = this.#o.output;
    if (!output.speaking && !this.#session.responding) return;
    const heard = output.interrupt();
    this.#o.abortTools?.();
    this.#requested = false;
    this.#setThinking(false);
    const outcome = this.#session.interrupt({
      playback: heard ? { itemId: heard.itemId, playedMs: heard.heardMs } : undefined,
      bySpeech,
    });
    if (!heard) return;
    this.#o.events.publish('interrupted', {
      conversation: this.id,
      by: by?.ref,
      itemId: heard.itemId,
      heardMs: heard.heardMs,
    });
    this.#logger.info(
      { speaker: by?.ref.identity, playedMs: heard.heardMs, itemId: heard.itemId, outcome },
      'barge-in: stopped speaking',
    );
  }

  // ---- transcripts ----

  #onTranscript(itemId: string, text: string, final: boolean): void {
    const line = final ? text : (this.#transcripts.get(itemId) ?? '') + text;
    remember(this.#transcripts, itemId, line);
    const speaker = this.#speakerOf.get(itemId);
    this.#o.events.publish('transcript', {
      conversation: this.id,
      role: 'user',
      itemId,
      text: line,
      final,
      speaker,
    });
    if (!this.#undecided.has(itemId)) return;
    if (final || this.#o.floor.addressedSoFar(line)) {
      this.#decide(itemId, this.#speakerNamed(speaker));
    }
  }

  #onTranscriptFailed(itemId: string, message: string): void {
    this.#logger.warn({ itemId, message }, 'the model could not transcribe a turn');
    if (!this.#undecided.delete(itemId)) return;
    this.#o.events.publish('decision', {
      conversation: this.id,
      itemId,
      speaker: this.#speakerOf.get(itemId),
      answer: false,
      reason: `no transcript to decide on: ${message}`,
    });
  }

  #agentLine(itemId: string, text: string, final: boolean): void {
    if (this.#o.floor.policy === 'observer') return;
    const line = final ? text : (this.#transcripts.get(itemId) ?? '') + text;
    if (final) this.#transcripts.delete(itemId);
    else remember(this.#transcripts, itemId, line);
    this.#o.events.publish('transcript', {
      conversation: this.id,
      role: 'agent',
      itemId,
      text: line,
      final,
      to: this.#o.privateTo,
    });
  }

  #speakerNamed(ref: SpeakerRef | undefined): Speaker | undefined {
    if (!ref) return undefined;
    for (const speaker of this.#speakers) if (speaker.ref.identity === ref.identity) return speaker;
    return undefined;
  }

  #setUnavailable(unavailable: boolean): void {
    if (unavailable === this.#unavailable) return;
    this.#unavailable = unavailable;
    this.#o.stateChanged?.();
  }

  // ---- timing ----

  /** A user turn ended just now: its speech ended a silence window ago. */
  #turnEnded(): void {
    this.#turnEndedAt = performance.now() - this.#o.silenceMs;
  }

  #replyStarted(itemId: string | undefined): void {
    const endedAt = this.#turnEndedAt;
    if (endedAt === undefined || itemId === undefined) return;
    this.#turnEndedAt = undefined;
    this.#o.events.publish('reply_started', {
      conversation: this.id,
      itemId,
      latencyMs: performance.now() - endedAt,
    });
  }

  #setThinking(thinking: boolean): void {
    if (thinking === this.#thinking) return;
    this.#thinking = thinking;
    this.#o.stateChanged?.();
  }
}
