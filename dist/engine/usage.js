// Token accounting for response.done, on the published rates: user audio 10 tokens/s, assistant audio
// 20 tokens/s, text about one token per four characters. The totals keep the hosted invariants
// (input = text + audio + image, total = input + output, cached = sum of its details).
import { audioMs } from './conversation.js';
export const textTokens = (text) => Math.ceil(text.length / 4);
export const userAudioTokens = (ms) => Math.ceil(ms / 100);
export const assistantAudioTokens = (ms) => Math.ceil(ms / 50);
/** The words of a content part: its text, or the transcript of its audio. */
export function partText(part) {
    if ('text' in part && typeof part.text === 'string')
        return part.text;
    if ('transcript' in part && typeof part.transcript === 'string')
        return part.transcript;
    return '';
}
function itemText(stored) {
    const { item } = stored;
    switch (item.type) {
        case 'message':
            return item.content.map(partText).join(' ');
        case 'function_call':
            return `${item.name} ${item.arguments}`;
        case 'function_call_output':
            return item.output;
        default:
            return '';
    }
}
function audioTokens(stored) {
    if (stored.item.type !== 'message' || !stored.audio)
        return 0;
    const ms = audioMs(stored.audio);
    return stored.item.role === 'assistant' ? assistantAudioTokens(ms) : userAudioTokens(ms);
}
export function responseUsage(instructions, context, outputs) {
    let inputText = textTokens(instructions);
    let inputAudio = 0;
    for (const stored of context) {
        // Audio items count as audio; their transcripts are not billed again.
        const audio = audioTokens(stored);
        if (audio > 0)
            inputAudio += audio;
        else
            inputText += textTokens(itemText(stored));
    }
    let outputText = 0;
    let outputAudio = 0;
    for (const stored of outputs) {
        outputText += textTokens(itemText(stored));
        outputAudio += audioTokens(stored);
    }
    const inputTokens = inputText + inputAudio;
    const outputTokens = outputText + outputAudio;
    return {
        total_tokens: inputTokens + outputTokens,
        input_tokens: inputTokens,
        output_tokens: outputTokens,
        input_token_details: {
            text_tokens: inputText,
            audio_tokens: inputAudio,
            image_tokens: 0,
            cached_tokens: 0,
            cached_tokens_details: { text_tokens: 0, audio_tokens: 0, image_tokens: 0 },
        },
        output_token_details: { text_tokens: outputText, audio_tokens: outputAudio },
    };
}
//# sourceMappingURL=usage.js.map