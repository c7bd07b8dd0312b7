import type { WireItem } from './wire.js';
export interface ItemAudio {
    samples: Int16Array;
    sampleRate: number;
}
export interface StoredItem {
    item: WireItem & {
        id: string;
    };
    /** Audio of the item: the committed input for user items, generated speech for assistant items. */
    audio?: ItemAudio;
}
export declare function audioMs(audio: ItemAudio | undefined): number;
export declare class Conversation {
    #private;
    readonly id: string;
    constructor(id: string);
    get items(): readonly StoredItem[];
    get lastItemId(): string | null;
    get(id: string): StoredItem | undefined;
    has(id: string): boolean;
    /** True when a function_call item with this call_id exists. */
    hasFunctionCall(callId: string): boolean;
    /**
     * Inserts an item: `undefined` appends, `'root'` puts it first, an id puts it after that item.
     * Returns the id of the item now before it (null at the start).
     */
    insert(stored: StoredItem, previousItemId?: string | null): string | null;
    delete(id: string): boolean;
}
