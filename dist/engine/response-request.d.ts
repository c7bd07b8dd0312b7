import type { WireAudioFormat } from '../audio/wire-format.js';
import type { ResponseCreate } from './client-schema.js';
import type { Conversation, StoredItem } from './conversation.js';
import type { ResponseSettings } from './response-run.js';
import type { WireSession } from './wire.js';
export declare function responseContext(params: ResponseCreate | undefined, conversation: Conversation, inputFormat: WireAudioFormat): StoredItem[];
export declare function responseSettings(session: WireSession, params: ResponseCreate | undefined, sessionOutputFormat: WireAudioFormat): ResponseSettings;
