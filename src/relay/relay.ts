// Who is heard by which conversation, by the definition's participant mode:
//   single           one linked person at a time, picked by `link` (first-joined, or first-speaker:
//                    whoever talks first); when they leave for good the next is linked. Others are not
//                    heard. Each link is a conversation of its own, greeted by name.
//   shared           one conversation hears everyone (one greeting for the room).
//   per-participant  a conversation each, opened when their microphone arrives, closed when they leave.
// A person who drops is kept for `departureTimeoutMs`: back within it, they keep their place (their
// link, their conversation). When no admitted person is left after it, the relay reports the room empty.
import type { Logger } from '../telemetry/log.js';
import type { ParticipantInfo } from '../tools/context.js';
import type { Conversation } from './conversation.js';
import type { Speaker } from './speaker.js';

export type ParticipantsMode = 'single' | 'shared' | 'per-participant';
export type LinkRule = 'first-joined' | 'first-speaker';

/** A conversation the relay opened, and how to dispose of it with what it owns (track, tools). */
export interface OpenedConversation {
  conversation: Conversation;
  close(): Promise<void>;
}

export interface RelayOptions {
  mode: ParticipantsMode;
  link: LinkRule;
  departureTimeoutMs: number;
  /**
   * Creates the conversation hearing `listener` (single, per-participant) or the room (`undefined`,
   * shared). It connects in the background; audio given to it meanwhile is held.
   */
  open(listener: ParticipantInfo | undefined, key: string): OpenedConversation;
  /** No admitted person has been in the room for `departureTimeoutMs`. */
  onEmpty(): void;
  /** Someone left for good (their place is given up). */
  onGone?(identity: string): void;
  logger: Logger;
}

const ROOM = 'room';

export class Relay {
  readonly #o: RelayOptions;
  /** Admitted people present (or departing), in the order they joined. */
  readonly #present: ParticipantInfo[] = [];
  readonly #departing = new Map<string, NodeJS.Timeout>();
  /** The microphone each person is heard through now. */
  readonly #speakers = new Map<string, Speaker>();
  readonly #conversations = new Map<string, OpenedConversation>();
  #linked: string | undefined;
  #emptyTimer: NodeJS.Timeout | undefined;
  #closed = false;

  constructor(options: RelayOptions) {
    this.#o = options;
  }

  /** Open conversations: the room's, the linked person's, or one per listener. */
  conversations(): Conversation[] {
    return [...this.#conversations.values()].map((opened) => opened.conversation);
  }

  /** The person heard in mode single. */
  get linked(): string | undefined {
    return this.#linked;
  }

  /** An admitted person joined (or came back within the departure timeout). */
  joined(participant: ParticipantInfo): void {
    const { identity } = participant;
    clearTimeout(this.#emptyTimer);
    const departing = this.#departing.get(identity);
    if (departing) {
      clearTimeout(departing);
      this.#departing.delete(identity);
      this.#o.logger.info({ participant: identity }, 'came back in time: keeps their place');
      return;
    }
    if (!this.#isPresent(identity)) this.#present.push(participant);
    this.#relink();
  }

  /** An admitted person disconnected: their place is kept for the departure timeout. */
  left(identity: string): void {
    if (!this.#isPresent(identity) || this.#departing.has(identity)) return;
    const timer = setTimeout(() => this.#gone(identity), this.#o.departureTimeoutMs);
    this.#departing.set(identity, timer);
    if (this.#present.every((present) => this.#departing.has(present.identity))) {
      this.#emptyTimer = setTimeout(() => this.#o.onEmpty(), this.#o.departureTimeoutMs);
    }
  }

  /** Hears `speaker` (a microphone arrived) according to the mode; returns when their audio ends. */
  async hear(speaker: Speaker, frames: Parameters<Speaker['listen']>[0]): Promise<void> {
    const identity = speaker.ref.identity;
    this.#speakers.set(identity, speaker);
    switch (this.#o.mode) {
      case 'shared':
        this.#conversation(ROOM, undefined).add(speaker);
        break;
      case 'per-participant':
        this.#conversation(identity, speaker.participant).add(speaker);
        break;
      case 'single':
        if (this.#linked === identity) this.#conversations.get(ROOM)?.conversation.add(speaker);
        else if (this.#o.link === 'first-speaker') {
          const off = speaker.on('speech_started', ({ atMs }) => {
            if (this.#linked !== undefined || this.#closed) return;
            off();
            this.#link(speaker.participant).conversation.add(speaker, speaker.recentFrom(atMs));
          });
          speaker.once('ended', off);
        } else this.#relink();
        break;
    }
    try {
      await speaker.listen(frames);
    } finally {
      if (this.#speakers.get(identity) === speaker) this.#speakers.delete(identity);
    }
  }

  async close(): Promise<void> {
    this.#closed = true;
    clearTimeout(this.#emptyTimer);
    for (const timer of this.#departing.values()) clearTimeout(timer);
    const open = [...this.#conversations.values()];
    this.#conversations.clear();
    await Promise.all(open.map((opened) => opened.close()));
  }

  #isPresent(identity: string): boolean {
    return this.#present.some((present) => present.identity === identity);
  }

  #conversation(key: string, listener: ParticipantInfo | undefined): Conversation {
    let opened = this.#conversations.get(key);
    if (!opened) {
      opened = this.#o.open(listener, key);
      this.#conversations.set(key, opened);
    }
    return opened.conversation;
  }

  /** Mode single, first-joined: links the earliest person present when nobody is linked. */
  #relink(): void {
    if (this.#o.mode !== 'single' || this.#o.link !== 'first-joined' || this.#linked !== undefined) return;
    const next = this.#present.find((present) => !this.#departing.has(present.identity));
    if (next === undefined) return;
    const opened = this.#link(next);
    const speaker = this.#speakers.get(next.identity);
    if (speaker) opened.conversation.add(speaker);
  }

  #link(participant: ParticipantInfo): OpenedConversation {
    this.#linked = participant.identity;
    this.#o.logger.info(
      { participant: participant.identity, rule: this.#o.link },
      'linked: the agent listens to them',
    );
    const opened = this.#o.open(participant, ROOM);
    this.#conversations.set(ROOM, opened);
    return opened;
  }

  #gone(identity: string): void {
    this.#departing.delete(identity);
    const index = this.#present.findIndex((present) => present.identity === identity);
    if (index >= 0) this.#present.splice(index, 1);
    this.#o.logger.info({ participant: identity }, 'left for good');
    this.#o.onGone?.(identity);
    if (this.#o.mode === 'per-participant') this.#dispose(identity);
    if (this.#o.mode === 'single' && this.#linked === identity) {
      this.#linked = undefined;
      this.#dispose(ROOM);
      this.#relink();
      // first-speaker: whoever talks next is linked (their speech listeners are still attached).
    }
  }

  #dispose(key: string): void {
    const opened = this.#conversations.get(key);
    if (!opened) return;
    this.#conversations.delete(key);
    void opened
      .close()
      .catch((error: unknown) => this.#o.logger.warn({ err: error }, 'closing a conversation failed'));
  }
}
