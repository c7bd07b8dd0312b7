import { type WireAudioFormat } from '../audio/wire-format.js';
import type { ConversationItemInput } from './client-schema.js';
import { type Conversation, type StoredItem } from './conversation.js';
import type { WireItem } from './wire.js';
/** Builds the stored item for a client's conversation.item.create, or throws the hosted error. */
export declare function storedItemFromClient(input: ConversationItemInput, conversation: Conversation, inputFormat: WireAudioFormat): StoredItem;
/** The item as conversation.item.retrieved shows it: with `object` and its audio bytes (PCM16). */
export declare function retrievedView(stored: StoredItem): WireItem;
/** Truncates an assistant audio item at `audioEndMs` and blanks its transcript, or throws the hosted error. */
export declare function truncateItem(stored: StoredItem | undefined, itemId: string, contentIndex: number, audioEndMs: number): void;
