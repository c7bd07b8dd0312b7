// One response from `response.created` to `response.done`: asks the behaviour for a plan, then emits
// the hosted event ladder for each output (audio or text message, function call) with paced deltas,
// and ends completed, cancelled (client or turn detection), incomplete (max_output_tokens) or failed.
// Cancelled outputs still get their `*.done` events, with status incomplete.
import { setTimeout as delay } from 'node:timers/promises';
import { pcm16ToBase64 } from '../audio/base64.js';
import { MODEL_RATE } from '../audio/pcm.js';
import { StreamingResampler } from '../audio/resampler.js';
import { encodeWire, wireRate } from '../audio/wire-format.js';
import { audioMs } from './conversation.js';
import { mintId } from './ids.js';
import { assistantAudioTokens, responseUsage, textTokens } from './usage.js';
export const DEFAULT_PACING = { speed: 4, chunkMs: 100 };
export class ResponseRun {
    id = mintId('resp');
    #options;
    #abort = new AbortController();
    #outputs = [];
    #cancelReason;
    #outputTokens = 0;
    #limitReached = false;
    #finished;
    #status = 'in_progress';
    /** An injected disconnect still to come (cleared if the response ends first). */
    #disconnectTimer;
    constructor(options) {
        this.#options = options;
    }
    get isDefaultConversation() {
        return this.#options.conversation !== null;
    }
    /** Emits response.created now and runs the rest in the background; resolves after response.done. */
    start() {
        this.#options.send({ type: 'response.created', response: this.#resource('in_progress', null, null) });
        this.#finished = this.#run().catch((error) => {
            this.#options.log.error({ err: error, responseId: this.id }, 'response run crashed');
        });
        return this.#finished;
    }
    /** Cancels the response; resolves once its response.done has been sent. */
    cancel(reason) {
        this.#cancelReason ??= reason;
        this.#abort.abort();
        return this.#finished ?? Promise.resolve();
    }
    /** Stops without sending anything more (the socket is gone). */
    abandon() {
        this.#abort.abort();
    }
    async #run() {
        const { behaviour, settings, context, turn } = this.#options;
        const signal = this.#abort.signal;
        let plan;
        try {
            plan = await behaviour.reply({
                turn,
                items: context,
                instructions: settings.instructions,
                tools: settings.tools,
                outputModalities: settings.outputModalities,
                voice: settings.voice,
                signal,
            });
        }
        catch (error) {
            if (signal.aborted)
                return this.#end(this.#stopReason());
            this.#options.log.warn({ err: error, responseId: this.id }, 'behaviour failed');
            return this.#end({ status: 'failed', code: 'server_error', message: error.message });
        }
        if (plan.delayMs)
            await this.#pause(plan.delayMs);
        if (signal.aborted)
            return this.#end(this.#stopReason());
        if (plan.failure)
            return this.#end({ status: 'failed', ...plan.failure });
        if (plan.disconnectAfterMs !== undefined) {
            this.#disconnectTimer = setTimeout(() => {
                this.#abort.abort();
                this.#options.disconnect();
            }, plan.disconnectAfterMs);
        }
        for (const [index, output] of plan.outputs.entries()) {
            if (signal.aborted || this.#limitReached)
                break;
            if (output.type === 'function_call')
                await this.#functionCall(output, index);
            else
                await this.#message(output, index);
        }
        this.#end(this.#stopReason());
    }
    #stopReason() {
        if (this.#cancelReason)
            return { status: 'cancelled', reason: this.#cancelReason };
        if (this.#limitReached)
            return { status: 'incomplete', reason: 'max_output_tokens' };
        return { status: 'completed' };
    }
    get #stopped() {
        return this.#abort.signal.aborted || this.#limitReached;
    }
    /** Counts output tokens against max_output_tokens. */
    #spend(tokens) {
        this.#outputTokens += tokens;
        const max = this.#options.settings.maxOutputTokens;
        if (max !== 'inf' && this.#outputTokens >= max)
            this.#limitReached = true;
    }
    #pause(ms) {
        const signal = this.#abort.signal;
        if (signal.aborted)
            return Promise.resolve();
        return delay(ms, undefined, { signal }).catch(() => { });
    }
    /** Announces an output item: output_item.added, then conversation.item.added when it joins the conversation. */
    #announce(stored, outputIndex) {
        const { send, conversation } = this.#options;
        this.#outputs.push(stored);
        send({
            type: 'response.output_item.added',
            response_id: this.id,
            output_index: outputIndex,
            item: stored.item,
        });
        if (!conversation)
            return null;
        const previous = conversation.insert(stored);
        send({ type: 'conversation.item.added', previous_item_id: previous, item: stored.item });
        return previous;
    }
    #finishItem(stored, outputIndex, previous) {
        const { send, conversation } = this.#options;
        if ('status' in stored.item)
            stored.item.status = this.#stopped ? 'incomplete' : 'completed';
        send({
            type: 'response.output_item.done',
            response_id: this.id,
            output_index: outputIndex,
            item: stored.item,
        });
        if (conversation?.has(stored.item.id)) {
            send({ type: 'conversation.item.done', previous_item_id: previous, item: stored.item });
        }
    }
    async #functionCall(output, outputIndex) {
        const { send } = this.#options;
        const callId = mintId('call');
        const item = {
            id: mintId('item'),
            type: 'function_call',
            status: 'in_progress',
            name: output.name,
            call_id: callId,
            arguments: '',
        };
        const stored = { item };
        const previous = this.#announce(stored, outputIndex);
        const pieces = output.arguments.match(/.{1,24}/gs) ?? [];
        const common = { response_id: this.id, item_id: item.id, output_index: outputIndex, call_id: callId };
        for (const delta of pieces) {
            send({ type: 'response.function_call_arguments.delta', ...common, delta });
            await this.#pause(this.#deltaPauseMs());
        }
        // Tool calls are sent whole even when cancelled mid-way: the arguments are already decided.
        item.arguments = output.arguments;
        this.#spend(textTokens(output.arguments));
        send({
            type: 'response.function_call_arguments.done',
            ...common,
            name: output.name,
            arguments: output.arguments,
        });
        this.#finishItem(stored, outputIndex, previous);
    }
    #deltaPauseMs() {
        const { speed, chunkMs } = this.#options.pacing;
        return speed === Number.POSITIVE_INFINITY ? 0 : chunkMs / speed;
    }
    async #message(output, outputIndex) {
        const audioMode = this.#options.settings.outputModalities.includes('audio');
        const item = {
            id: mintId('item'),
            type: 'message',
            status: 'in_progress',
            role: 'assistant',
            content: [],
        };
        const stored = { item };
        const previous = this.#announce(stored, outputIndex);
        const common = { response_id: this.id, item_id: item.id, output_index: outputIndex, content_index: 0 };
        const { send } = this.#options;
        if (audioMode && output.audio) {
            send({ type: 'response.content_part.added', ...common, part: { type: 'audio', transcript: '' } });
            const { transcript, samples } = await this.#streamAudio(output.text, output.audio, common);
            stored.audio = { samples, sampleRate: MODEL_RATE };
            item.content = [{ type: 'output_audio', transcript }];
            send({ type: 'response.output_audio.done', ...common });
            send({ type: 'response.output_audio_transcript.done', ...common, transcript });
            send({ type: 'response.content_part.done', ...common, part: { type: 'audio', transcript } });
        }
        else {
            send({ type: 'response.content_part.added', ...common, part: { type: 'text', text: '' } });
            const text = await this.#streamText(output.text, common);
            item.content = [{ type: 'output_text', text }];
            send({ type: 'response.output_text.done', ...common, text });
            send({ type: 'response.content_part.done', ...common, part: { type: 'text', text } });
        }
        this.#finishItem(stored, outputIndex, previous);
    }
    async #streamText(text, common) {
        let sent = '';
        for (const word of text.match(/\S+\s*/g) ?? []) {
            if (this.#stopped)
                break;
            this.#options.send({ type: 'response.output_text.delta', ...common, delta: word });
            sent += word;
            this.#spend(textTokens(word));
            await this.#pause(this.#deltaPauseMs());
        }
        return sent;
    }
    async #streamAudio(text, audio, common) {
        const { send, settings, pacing } = this.#options;
        const format = settings.outputFormat;
        const resampler = wireRate(format) === MODEL_RATE ? undefined : new StreamingResampler(MODEL_RATE, wireRate(format));
        const words = text.match(/\S+\s*/g) ?? [];
        const chunk = Math.max(1, Math.round((pacing.chunkMs * MODEL_RATE) / 1000));
        let sentSamples = 0;
        let sentWords = 0;
        let transcript = '';
        while (sentSamples < audio.length && !this.#stopped) {
            const piece = audio.subarray(sentSamples, Math.min(audio.length, sentSamples + chunk));
            sentSamples += piece.length;
            // Words go out in proportion to the audio, slightly ahead of it, as the hosted service does.
            const dueWords = Math.ceil((sentSamples / audio.length) * words.length);
            while (sentWords < dueWords) {
                const delta = words[sentWords++];
                transcript += delta;
                send({ type: 'response.output_audio_transcript.delta', ...common, delta });
            }
            const wireSamples = resampler ? resampler.push(piece) : piece;
            const delta = format === 'audio/pcm'
                ? pcm16ToBase64(wireSamples)
                : encodeWire(format, wireSamples).toString('base64');
            if (sentSamples === piece.length)
                this.#options.onAssistantAudio();
            send({ type: 'response.output_audio.delta', ...common, delta });
            this.#spend(assistantAudioTokens((piece.length * 1000) / MODEL_RATE));
            await this.#pause(this.#deltaPauseMs());
        }
        if (resampler && !this.#abort.signal.aborted) {
            const tail = resampler.flush();
            if (tail.length > 0)
                send({
                    type: 'response.output_audio.delta',
                    ...common,
                    delta: encodeWire(format, tail).toString('base64'),
                });
        }
        const complete = sentSamples >= audio.length;
        return { transcript: complete ? text : transcript, samples: audio.slice(0, sentSamples) };
    }
    #resource(status, statusDetails, usage) {
        const { settings, conversation } = this.#options;
        return {
            object: 'realtime.response',
            id: this.id,
            status,
            status_details: statusDetails,
            output: this.#outputs.map((s) => s.item),
            conversation_id: conversation?.id ?? null,
            output_modalities: settings.outputModalities,
            max_output_tokens: settings.maxOutputTokens,
            audio: { output: { format: formatObject(settings.outputFormat), voice: settings.voice } },
            usage,
            metadata: settings.metadata,
        };
    }
    /** The final status, once response.done has been sent. */
    get status() {
        return this.#status;
    }
    /** Milliseconds of assistant audio the response produced (what the client will play). */
    get audioMs() {
        return this.#outputs.reduce((ms, stored) => ms + audioMs(stored.audio), 0);
    }
    #end(reason) {
        clearTimeout(this.#disconnectTimer);
        this.#status = reason.status;
        const { send, settings, context } = this.#options;
        let details = null;
        if (reason.status === 'cancelled')
            details = { type: 'cancelled', reason: reason.reason };
        else if (reason.status === 'incomplete')
            details = { type: 'incomplete', reason: reason.reason };
        else if (reason.status === 'failed') {
            send({
                type: 'error',
                error: {
                    type: 'server_error',
                    code: reason.code,
                    message: reason.message,
                    param: null,
                    event_id: null,
                },
            });
            details = { type: 'failed', error: { type: 'server_error', code: reason.code } };
        }
        const usage = responseUsage(settings.instructions, context, this.#outputs);
        send({ type: 'response.done', response: this.#resource(reason.status, details, usage) });
        send({
            type: 'rate_limits.updated',
            rate_limits: [
                {
                    name: 'tokens',
                    limit: 40_000,
                    remaining: Math.max(0, 40_000 - (usage.total_tokens ?? 0)),
                    reset_seconds: 0.6,
                },
            ],
        });
    }
}
export function formatObject(format) {
    return format === 'audio/pcm' ? { type: 'audio/pcm', rate: 24_000 } : { type: format };
}
//# sourceMappingURL=response-run.js.map