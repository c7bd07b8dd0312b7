/** What a replayed user audio turn says when no transcript of it is known. */
export const UNTRANSCRIBED_SPEECH = '[the user spoke here; no transcript is available]';
export class ConversationMirror {
    #items = [];
    /** Response ids of output items announced before the conversation added them. */
    #responseOf = new Map();
    /** What the listener heard of an item being truncated, given by the caller of truncate. */
    #heard = new Map();
    #bytesPerMs;
    /** `outputBytesPerMs`: 48 for PCM16 24 kHz output, 8 for G.711. */
    constructor(outputBytesPerMs) {
        this.#bytesPerMs = outputBytesPerMs;
    }
    get items() {
        return this.#items;
    }
    get(id) {
        return this.#items.find((item) => item.id === id);
    }
    hasCall(callId) {
        return this.#items.some((item) => item.kind === 'function_call' && item.callId === callId);
    }
    /** Notes the heard part of an item's transcript, used when the server confirms the truncation. */
    expectTruncation(itemId, heardTranscript) {
        this.#heard.set(itemId, heardTranscript);
    }
    /** Updates the mirror from one server event; events that do not touch the conversation are ignored. */
    apply(event) {
        switch (event.type) {
            case 'conversation.item.added':
            case 'conversation.item.done':
            case 'conversation.item.created':
                this.#upsert(event.item, event.previous_item_id ?? null);
                return;
            case 'conversation.item.deleted':
                this.remove(event.item_id);
                return;
            case 'conversation.item.truncated':
                this.truncated(event.item_id, event.audio_end_ms);
                return;
            case 'conversation.item.input_audio_transcription.completed': {
                const item = this.#message(event.item_id);
                if (item)
                    item.transcript = event.transcript;
                return;
            }
            case 'response.output_item.added':
                this.#responseOf.set(event.item.id ?? '', event.response_id);
                return;
            case 'response.output_audio_transcript.delta': {
                const item = this.#message(event.item_id);
                if (item)
                    item.transcript += event.delta;
                return;
            }
            case 'response.output_audio_transcript.done': {
                const item = this.#message(event.item_id);
                if (item && item.truncatedAtMs === undefined)
                    item.transcript = event.transcript;
                return;
            }
            case 'response.output_text.delta': {
                const item = this.#message(event.item_id);
                if (item)
                    item.text += event.delta;
                return;
            }
            case 'response.output_text.done': {
                const item = this.#message(event.item_id);
                if (item)
                    item.text = event.text;
                return;
            }
            case 'response.output_audio.delta': {
                const item = this.#message(event.item_id);
                if (item) {
                    item.audio = true;
                    item.audioMs += Buffer.byteLength(event.delta, 'base64') / this.#bytesPerMs;
                }
                return;
            }
            default:
                return;
        }
    }
    remove(id) {
        this.#items = this.#items.filter((item) => item.id !== id);
        this.#responseOf.delete(id);
    }
    /** Drops items whose generation never finished (a response cut off by a dropped socket). */
    dropUnfinished() {
        const unfinished = this.#items.filter((item) => item.status === 'in_progress');
        this.#items = this.#items.filter((item) => item.status !== 'in_progress');
        return unfinished;
    }
    /** The conversation as items a new session accepts, oldest first, with their ids kept. */
    replayItems() {
        const replay = [];
        for (const item of this.#items) {
            const wire = replayItem(item);
            if (wire)
                replay.push(wire);
        }
        return replay;
    }
    #message(id) {
        const item = this.get(id);
        return item?.kind === 'message' ? item : undefined;
    }
    #upsert(wire, previousId) {
        const incoming = fromWire(wire, this.#responseOf.get(wire.id));
        if (!incoming)
            return;
        const index = this.#items.findIndex((item) => item.id === wire.id);
        if (index >= 0) {
            this.#items[index] = merge(this.#items[index], incoming);
            return;
        }
        // The server sends null for the first item; null, omitted or unknown predecessors append.
        const after = previousId === null ? -1 : this.#items.findIndex((item) => item.id === previousId);
        if (after < 0)
            this.#items.push(incoming);
        else
            this.#items.splice(after + 1, 0, incoming);
    }
    /** The item was cut to `audioEndMs` of heard audio (by the server, or locally while disconnected). */
    truncated(itemId, audioEndMs) {
        const item = this.#message(itemId);
        if (!item)
            return;
        const heard = this.#heard.get(itemId);
        this.#heard.delete(itemId);
        item.transcript = heard ?? heardPrefix(item.transcript, item.audioMs > 0 ? audioEndMs / item.audioMs : 1);
        item.truncatedAtMs = audioEndMs;
    }
}
function fromWire(wire, responseId) {
    const status = wire.status ?? 'completed';
    switch (wire.type) {
        case 'message': {
            const role = wire.role === 'assistant' || wire.role === 'system' ? wire.role : 'user';
            const parts = wire.content ?? [];
            const text = parts.map((part) => (isText(part) ? (part.text ?? '') : '')).join('');
            const audioParts = parts.filter(isAudio);
            const transcript = audioParts.map((part) => part.transcript ?? '').join('');
            return {
                kind: 'message',
                id: wire.id,
                role,
                status,
                text,
                audio: audioParts.length > 0,
                transcript,
                audioMs: 0,
                ...(responseId ? { responseId } : {}),
            };
        }
        case 'function_call':
            return {
                kind: 'function_call',
                id: wire.id,
                status,
                callId: wire.call_id ?? '',
                name: wire.name ?? '',
                arguments: wire.arguments ?? '',
                ...(responseId ? { responseId } : {}),
            };
        case 'function_call_output':
            return {
                kind: 'function_call_output',
                id: wire.id,
                status,
                callId: wire.call_id ?? '',
                output: wire.output ?? '',
            };
        default:
            // MCP items and future types are not replayed.
            return undefined;
    }
}
/**
 * Merges a re-announced item into what the mirror knows. Content the server states (text or audio
 * parts) wins; an announcement without content (an assistant item just added) keeps what streaming
 * taught (deltas, audio length), and a truncated transcript stays truncated.
 */
function merge(known, incoming) {
    if (known.kind !== 'message' || incoming.kind !== 'message')
        return { ...known, ...incoming };
    const stated = incoming.text !== '' || incoming.audio;
    const content = stated
        ? {
            text: incoming.text,
            audio: incoming.audio,
            transcript: incoming.transcript || (incoming.audio ? known.transcript : ''),
        }
        : { text: known.text, audio: known.audio, transcript: known.transcript };
    if (known.truncatedAtMs !== undefined)
        content.transcript = known.transcript;
    return {
        ...incoming,
        ...content,
        audioMs: known.audioMs,
        ...(known.truncatedAtMs !== undefined ? { truncatedAtMs: known.truncatedAtMs } : {}),
        ...(known.responseId ? { responseId: known.responseId } : {}),
    };
}
function isText(part) {
    return part.type === 'input_text' || part.type === 'output_text' || part.type === 'text';
}
function isAudio(part) {
    return part.type === 'input_audio' || part.type === 'output_audio' || part.type === 'audio';
}
/** The share `fraction` of a transcript, cut back to a word boundary. */
export function heardPrefix(transcript, fraction) {
    if (fraction >= 1)
        return transcript;
    const cut = Math.floor(transcript.length * Math.max(0, fraction));
    const prefix = transcript.slice(0, cut);
    if (transcript[cut] === ' ')
        return prefix.trim();
    const boundary = prefix.lastIndexOf(' ');
    return (boundary > 0 ? prefix.slice(0, boundary) : prefix).trim();
}
function replayItem(item) {
    switch (item.kind) {
        case 'function_call':
            return {
                type: 'function_call',
                id: item.id,
                call_id: item.callId,
                name: item.name,
                arguments: item.arguments,
            };
        case 'function_call_output':
            return { type: 'function_call_output', id: item.id, call_id: item.callId, output: item.output };
        case 'message': {
            const spoken = item.audio ? item.transcript.trim() : '';
            if (item.role === 'assistant') {
                const text = [item.text, spoken].filter(Boolean).join(' ');
                return text
                    ? { type: 'message', role: 'assistant', id: item.id, content: [{ type: 'output_text', text }] }
                    : undefined;
            }
            const parts = [item.text, item.audio ? spoken || UNTRANSCRIBED_SPEECH : ''].filter(Boolean);
            const content = parts.map((text) => ({ type: 'input_text', text }));
            if (content.length === 0)
                return undefined;
            return item.role === 'system'
                ? { type: 'message', role: 'system', id: item.id, content }
                : { type: 'message', role: 'user', id: item.id, content };
        }
    }
}
//# sourceMappingURL=conversation.js.map