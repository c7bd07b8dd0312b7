import type { Logger } from '../../telemetry/log.js';
import { type Conversation, type StoredItem } from '../conversation.js';
import type { OutgoingEvent } from '../wire.js';
import type { Transcriber } from './speech-recogniser.js';
export interface InputTranscriptionOptions {
    recogniser: Transcriber;
    conversation: Conversation;
    send: (event: OutgoingEvent) => void;
    log: Logger;
}
export declare class InputTranscription {
    #private;
    constructor(options: InputTranscriptionOptions);
    /** Transcriptions started and not yet completed or failed. */
    get pending(): number;
    /** Starts transcribing the item's input audio part, if it is a user message that has one. */
    start(stored: StoredItem): void;
    /** The item was deleted: its transcript is not wanted any more. */
    forget(itemId: string): void;
    /** Drops every transcription still to come (the session is gone). */
    close(): void;
}
