// The default conversation: items in order, with the audio they carry kept beside the wire item
// (user input audio at the input format's rate, assistant audio at 24 kHz). Owns insertion by
// previous_item_id, lookup, deletion and the hosted errors for unknown ids.
import { ProtocolError } from './protocol-error.js';
export function audioMs(audio) {
    return audio ? (audio.samples.length * 1000) / audio.sampleRate : 0;
}
export class Conversation {
    id;
    #items = [];
    #byId = new Map();
    constructor(id) {
        this.id = id;
    }
    get items() {
        return this.#items;
    }
    get lastItemId() {
        return this.#items.at(-1)?.item.id ?? null;
    }
    get(id) {
        return this.#byId.get(id);
    }
    has(id) {
        return this.#byId.has(id);
    }
    /** True when a function_call item with this call_id exists. */
    hasFunctionCall(callId) {
        return this.#items.some((s) => s.item.type === 'function_call' && s.item.call_id === callId);
    }
    /**
     * Inserts an item: `undefined` appends, `'root'` puts it first, an id puts it after that item.
     * Returns the id of the item now before it (null at the start).
     */
    insert(stored, previousItemId) {
        if (this.#byId.has(stored.item.id)) {
            throw new ProtocolError('invalid_value', `Item with id '${stored.item.id}' already exists in the conversation.`, 'item.id');
        }
        let at;
        if (previousItemId === undefined || previousItemId === null)
            at = this.#items.length;
        else if (previousItemId === 'root')
            at = 0;
        else {
            const index = this.#items.findIndex((s) => s.item.id === previousItemId);
            if (index < 0) {
                throw new ProtocolError('invalid_value', `Previous item with item_id not found: ${previousItemId}`, 'previous_item_id');
            }
            at = index + 1;
        }
        this.#items.splice(at, 0, stored);
        this.#byId.set(stored.item.id, stored);
        return at === 0 ? null : this.#items[at - 1].item.id;
    }
    delete(id) {
        const stored = this.#byId.get(id);
        if (!stored)
            return false;
        this.#byId.delete(id);
        this.#items.splice(this.#items.indexOf(stored), 1);
        return true;
    }
}
//# sourceMappingURL=conversation.js.map