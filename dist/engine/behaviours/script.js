// The `script` behaviour: a sequence of replies keyed by turn (the Nth reply of the session plays the
// Nth entry): spoken text, WAV files, tool calls with arguments, delays, injected errors and injected
// disconnects. Scripts come from a JSON or YAML file, or are given in code; both are validated with zod.
import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { downmixToMono, MODEL_RATE } from '../../audio/pcm.js';
import { resampleClip } from '../../audio/resampler.js';
import { readWav } from '../../audio/wav.js';
import { FrameworkError } from '../../errors.js';
import { speak } from '../speech-synthesis.js';
const scriptOutput = z.union([
    z.strictObject({ say: z.string().min(1) }),
    z.strictObject({ wav: z.string().min(1), transcript: z.string().optional() }),
    z.strictObject({ call: z.string().min(1), arguments: z.record(z.string(), z.unknown()).optional() }),
]);
const scriptTurn = z
    .strictObject({
    say: z.string().min(1).optional(),
    wav: z.string().min(1).optional(),
    transcript: z.string().optional(),
    call: z.string().min(1).optional(),
    arguments: z.record(z.string(), z.unknown()).optional(),
    outputs: z.array(scriptOutput).min(1).optional(),
    delay_ms: z.int().min(0).optional(),
    error: z.strictObject({ code: z.string().min(1), message: z.string().min(1) }).optional(),
    disconnect_after_ms: z.int().min(0).optional(),
})
    .refine((t) => [t.say, t.wav, t.call, t.outputs, t.error].filter((v) => v !== undefined).length === 1, {
    message: 'a turn needs exactly one of say, wav, call, outputs or error',
})
    .refine((t) => t.arguments === undefined || t.call !== undefined, { message: 'arguments belong to a call' })
    .refine((t) => t.transcript === undefined || t.wav !== undefined, {
    message: 'transcript belongs to a wav',
});
export const engineScriptSchema = z.strictObject({
    /** Replies in order: the session's first reply plays turns[0], and so on. */
    turns: z.array(scriptTurn).min(1),
    /** What happens once every turn has been played: fail the response, or start over. */
    after_last: z.enum(['fail', 'repeat']).default('fail'),
});
/** Validates a script object; `source` names it in the error. */
export function parseEngineScript(value, source = 'engine script') {
    const result = engineScriptSchema.safeParse(value);
    if (result.success)
        return result.data;
    throw new FrameworkError('CONFIG_INVALID', `${source} is invalid:\n${z.prettifyError(result.error)}`);
}
/** Loads a script from a .json, .yaml or .yml file; WAV paths in it are relative to the file. */
export async function loadEngineScript(path) {
    const text = await readFile(path, 'utf8');
    let value;
    try {
        value = path.endsWith('.json') ? JSON.parse(text) : parseYaml(text);
    }
    catch (error) {
        throw new FrameworkError('CONFIG_INVALID', `${path} cannot be parsed: ${error.message}`, {
            cause: error,
        });
    }
    return scriptBehaviour(parseEngineScript(value, path), dirname(resolve(path)));
}
function outputsOf(turn) {
    if (turn.outputs)
        return turn.outputs;
    if (turn.say !== undefined)
        return [{ say: turn.say }];
    if (turn.wav !== undefined)
        return [{ wav: turn.wav, transcript: turn.transcript }];
    if (turn.call !== undefined)
        return [{ call: turn.call, arguments: turn.arguments }];
    return [];
}
async function wavSpeech(path) {
    const frame = await readWav(path);
    return resampleClip(downmixToMono(frame.samples, frame.channels), frame.sampleRate, MODEL_RATE);
}
export function scriptBehaviour(script, baseDir = process.cwd()) {
    const { turns, after_last } = parseEngineScript(script);
    const realise = async (output, context) => {
        const audioMode = context.outputModalities.includes('audio');
        if ('call' in output) {
            return { type: 'function_call', name: output.call, arguments: JSON.stringify(output.arguments ?? {}) };
        }
        if ('say' in output) {
            const audio = audioMode ? await speak(output.say, context.voice, context.signal) : undefined;
            return { type: 'message', text: output.say, audio };
        }
        const path = resolve(baseDir, output.wav);
        const text = output.transcript ?? `(audio from ${output.wav})`;
        return { type: 'message', text, audio: audioMode ? await wavSpeech(path) : undefined };
    };
    return {
        name: 'script',
        async reply(context) {
            const index = after_last === 'repeat' ? (context.turn - 1) % turns.length : context.turn - 1;
            const turn = turns[index];
            if (!turn) {
                return {
                    outputs: [],
                    failure: {
                        code: 'script_exhausted',
                        message: `The engine script has no reply for turn ${context.turn}.`,
                    },
                };
            }
            const plan = {
                outputs: [],
                delayMs: turn.delay_ms,
                disconnectAfterMs: turn.disconnect_after_ms,
            };
            if (turn.error)
                return { ...plan, failure: turn.error };
            for (const output of outputsOf(turn))
                plan.outputs.push(await realise(output, context));
            return plan;
        },
    };
}
//# sourceMappingURL=script.js.map