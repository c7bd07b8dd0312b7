// The `echo` behaviour (the dev default): speaks the user's last turn back. Committed audio is returned
// as the assistant's audio, its transcript the user's words when input transcription has them by then,
// else an honest "(echo of N ms)"; a text turn or a tool result is read out with espeak-ng. With nothing
// to echo yet, it says the text its instructions quote ("say exactly: "…""), which is how a greeting
// reaches it.
import { MODEL_RATE } from '../../audio/pcm.js';
import { resampleClip } from '../../audio/resampler.js';
import { speak } from '../speech-synthesis.js';
import { partText } from '../usage.js';
function lastInput(turn) {
    for (let i = turn.items.length - 1; i >= 0; i--) {
        const { item, audio } = turn.items[i];
        if (item.type === 'function_call_output')
            return { text: `The tool returned ${item.output}` };
        if (item.type !== 'message' || item.role !== 'user')
            continue;
        if (audio && audio.samples.length > 0) {
            const ms = Math.round((audio.samples.length * 1000) / audio.sampleRate);
            const transcript = audioTranscript(item.content);
            return {
                audio: resampleClip(audio.samples, audio.sampleRate, MODEL_RATE),
                text: transcript || `(echo of ${ms} ms)`,
            };
        }
        const text = item.content.map(partText).join(' ').trim();
        return { text: text === '' ? '(nothing to echo)' : text };
    }
    return undefined;
}
/** The transcript of the item's input audio, once input transcription has produced one. */
function audioTranscript(content) {
    for (const part of content) {
        if ('type' in part && part.type === 'input_audio' && 'transcript' in part) {
            return typeof part.transcript === 'string' ? part.transcript.trim() : '';
        }
    }
    return '';
}
const QUOTED = /"([^"]+)"/;
export function echoBehaviour() {
    return {
        name: 'echo',
        async reply(turn) {
            const input = lastInput(turn) ?? {
                text: QUOTED.exec(turn.instructions)?.[1] ?? 'There is nothing to echo yet.',
            };
            if (!turn.outputModalities.includes('audio'))
                return { outputs: [{ type: 'message', text: input.text }] };
            const audio = input.audio ?? (await speak(input.text, turn.voice, turn.signal));
            return { outputs: [{ type: 'message', text: input.text, audio }] };
        },
    };
}
//# sourceMappingURL=echo.js.map