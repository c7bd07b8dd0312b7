// The conversation.item.create / retrieve / truncate rules of the hosted service, as plain functions
// over stored items: which content each role may carry, tool outputs only for known calls, the
// retrieved view with audio bytes, and truncation of assistant audio in 50 ms steps.
import { pcm16ToBase64 } from '../audio/base64.js';
import { decodeWire, wireRate } from '../audio/wire-format.js';
import { audioMs } from './conversation.js';
import { mintId } from './ids.js';
import { ProtocolError, quoteList } from './protocol-error.js';
const CONTENT_BY_ROLE = {
    user: ['input_text', 'input_audio', 'input_image'],
    assistant: ['output_text'],
    system: ['input_text'],
};
/** Builds the stored item for a client's conversation.item.create, or throws the hosted error. */
export function storedItemFromClient(input, conversation, inputFormat) {
    const { id, ...rest } = input;
    const stored = { item: { ...rest, id: id ?? mintId('item') } };
    if (input.type === 'message') {
        const allowed = CONTENT_BY_ROLE[input.role];
        input.content.forEach((part, index) => {
            if (!allowed.includes(part.type)) {
                throw new ProtocolError('invalid_value', `Invalid value: '${part.type}'. Supported values are: ${quoteList(allowed)}.`, `item.content[${index}].type`);
            }
        });
        const audioPart = input.content.find((part) => part.type === 'input_audio');
        if (audioPart) {
            stored.audio = {
                samples: decodeWire(inputFormat, Buffer.from(audioPart.audio, 'base64')).slice(),
                sampleRate: wireRate(inputFormat),
            };
            // Items echo input audio without its bytes, as the hosted service does.
            stored.item = {
                ...stored.item,
                content: input.content.map((part) => part.type === 'input_audio' ? { type: 'input_audio', transcript: part.transcript ?? null } : part),
            };
        }
    }
    if (input.type === 'function_call_output' && !conversation.hasFunctionCall(input.call_id)) {
        throw new ProtocolError('invalid_value', `No tool call found for function call output with call_id ${input.call_id}.`, 'item.call_id');
    }
    if (input.type === 'function_call') {
        stored.item = { ...stored.item, call_id: input.call_id ?? mintId('call') };
    }
    if ('status' in stored.item)
        stored.item.status = 'completed';
    return stored;
}
/** The item as conversation.item.retrieved shows it: with `object` and its audio bytes (PCM16). */
export function retrievedView(stored) {
    const { item, audio } = stored;
    if (item.type !== 'message' || !audio)
        return { ...item, object: 'realtime.item' };
    const bytes = pcm16ToBase64(audio.samples);
    const content = item.content.map((part) => {
        if (item.role === 'assistant') {
            // Retrieved assistant audio uses the part type `audio` with format pcm16 (not `output_audio`).
            return {
                type: 'audio',
                transcript: 'transcript' in part ? part.transcript : '',
                audio: bytes,
                format: 'pcm16',
            };
        }
        return part.type === 'input_audio' ? { ...part, audio: bytes } : part;
    });
    return { ...item, object: 'realtime.item', content };
}
/** Truncates an assistant audio item at `audioEndMs` and blanks its transcript, or throws the hosted error. */
export function truncateItem(stored, itemId, contentIndex, audioEndMs) {
    if (!stored) {
        throw new ProtocolError('item_truncate_invalid_item_id', `Item with item_id not found: ${itemId}`, 'item_id');
    }
    const { item, audio } = stored;
    const isAssistantAudio = item.type === 'message' && item.role === 'assistant' && audio !== undefined && audio.samples.length > 0;
    if (!isAssistantAudio || audioEndMs === 0) {
        throw new ProtocolError('unsupported_content_type', 'Only model output audio messages can be truncated', 'item_id');
    }
    if (contentIndex !== 0) {
        throw new ProtocolError('invalid_value', `Invalid value: ${contentIndex}. Content index out of range.`, 'content_index');
    }
    // The hosted service measures audio in 50 ms steps.
    const lengthMs = Math.floor(audioMs(audio) / 50) * 50;
    if (audioEndMs > lengthMs) {
        throw new ProtocolError('invalid_value', `Audio content of ${lengthMs}ms is already shorter than ${audioEndMs}ms`, 'audio_end_ms');
    }
    audio.samples = audio.samples.slice(0, Math.floor((audioEndMs * audio.sampleRate) / 1000));
    item.content = [{ type: 'output_audio', transcript: '' }];
}
//# sourceMappingURL=item-commands.js.map