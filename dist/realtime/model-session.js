// The model session as the layers above the protocol see it: domain events (decoded speech per item,
// turns the server committed, transcripts, finished responses with their tool calls and usage) and the
// few commands a conversation needs. `RealtimeModelSession` implements it over a RealtimeClient; tests
// and other transports can implement the same interface. Nothing here knows about rooms.
import { decodeWire, encodeWire, wireRate } from '../audio/wire-format.js';
import { TypedEmitter } from '../typed-emitter.js';
import { RealtimeClient, } from './client.js';
import { serverInterruptsResponses } from './session-config.js';
export class RealtimeModelSession extends TypedEmitter {
    #client;
    inputRate;
    outputRate;
    constructor(options, context) {
        super(() => context.logger);
        const client = new RealtimeClient(options, context);
        this.#client = client;
        const { inputFormat, outputFormat } = client.config;
        this.inputRate = wireRate(inputFormat);
        this.outputRate = wireRate(outputFormat);
        client.on('response.output_audio.delta', (event) => {
            const samples = decodeWire(outputFormat, Buffer.from(event.delta, 'base64'));
            this.emit('audio', { itemId: event.item_id, responseId: event.response_id, samples });
        });
        client.on('response.output_audio.done', (event) => this.emit('audio_done', { itemId: event.item_id }));
        client.on('response.output_audio_transcript.delta', (event) => this.emit('output_transcript', {
            itemId: event.item_id,
            responseId: event.response_id,
            delta: event.delta,
        }));
        client.on('response.output_audio_transcript.done', (event) => this.emit('output_transcript_done', {
            itemId: event.item_id,
            responseId: event.response_id,
            transcript: event.transcript,
        }));
        client.on('input_audio_buffer.speech_started', (event) => this.emit('speech_started', { itemId: event.item_id }));
        client.on('input_audio_buffer.speech_stopped', (event) => this.emit('speech_stopped', { itemId: event.item_id }));
        client.on('input_audio_buffer.committed', (event) => this.emit('committed', { itemId: event.item_id, previousItemId: event.previous_item_id ?? null }));
        client.on('conversation.item.input_audio_transcription.delta', (event) => this.emit('input_transcript', { itemId: event.item_id, delta: event.delta ?? '' }));
        client.on('conversation.item.input_audio_transcription.completed', (event) => this.emit('input_transcript_done', { itemId: event.item_id, transcript: event.transcript }));
        client.on('conversation.item.input_audio_transcription.failed', (event) => this.emit('input_transcript_failed', { itemId: event.item_id, message: event.error.message ?? '' }));
        client.on('response.created', (event) => this.emit('response_started', { responseId: event.response.id ?? '' }));
        client.on('response.done', ({ response }) => {
            const functionCalls = [];
            for (const item of response.output ?? []) {
                if (item.type === 'function_call' && item.call_id && item.name) {
                    functionCalls.push({ callId: item.call_id, name: item.name, arguments: item.arguments ?? '' });
                }
            }
            this.emit('response_done', {
                responseId: response.id ?? '',
                status: response.status ?? 'completed',
                usage: response.usage ?? null,
                functionCalls,
            });
        });
        client.on('reconnected', (event) => this.emit('handover', { kind: 'reconnect', event }));
        client.on('rollover', (event) => this.emit('handover', { kind: 'rollover', event }));
        client.on('service_error', (error) => this.emit('service_error', error));
        client.on('closed', (event) => this.emit('closed', event));
    }
    get serverInterrupts() {
        return serverInterruptsResponses(this.#client.config.turnDetection);
    }
    get sessionId() {
        return this.#client.sessionId;
    }
    get usage() {
        return this.#client.usage;
    }
    get responding() {
        return this.#client.answering;
    }
    connect() {
        return this.#client.connect();
    }
    appendAudio(samples) {
        this.#client.appendAudio(samples);
    }
    commitAudio() {
        return this.#client.commitAudio();
    }
    clearAudio() {
        this.#client.clearAudio();
    }
    addUserItem(item, previousItemId) {
        const content = [];
        if (item.text !== undefined)
            content.push({ type: 'input_text', text: item.text });
        if (item.samples !== undefined) {
            const audio = encodeWire(this.#client.config.inputFormat, item.samples).toString('base64');
            content.push({ type: 'input_audio', audio });
        }
        this.#client.createItem({ ...(item.itemId ? { id: item.itemId } : {}), type: 'message', role: 'user', content }, previousItemId === null ? 'root' : previousItemId);
    }
    respond(response) {
        this.#client.createResponse(response);
    }
    cancelResponse() {
        if (this.#client.activeResponseId !== null)
            this.#client.cancelResponse();
    }
    interrupt(options) {
        return this.#client.interrupt(options);
    }
    sendFunctionOutput(callId, output) {
        this.#client.sendFunctionOutput(callId, output);
    }
    updateTools(tools) {
        return this.#client.updateSession({ tools });
    }
    close() {
        this.#client.close();
    }
}
//# sourceMappingURL=model-session.js.map