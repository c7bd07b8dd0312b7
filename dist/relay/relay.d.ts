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
export declare class Relay {
    #private;
    constructor(options: RelayOptions);
    /** Open conversations: the room's, the linked person's, or one per listener. */
    conversations(): Conversation[];
    /** The person heard in mode single. */
    get linked(): string | undefined;
    /** An admitted person joined (or came back within the departure timeout). */
    joined(participant: ParticipantInfo): void;
    /** An admitted person disconnected: their place is kept for the departure timeout. */
    left(identity: string): void;
    /** Hears `speaker` (a microphone arrived) according to the mode; returns when their audio ends. */
    hear(speaker: Speaker, frames: Parameters<Speaker['listen']>[0]): Promise<void>;
    close(): Promise<void>;
}
