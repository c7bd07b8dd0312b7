// Input audio transcription for one session, run as the hosted service runs it: in the background, never
// holding up responses or other client events. Each user audio item gets `...transcription.delta` events
// as stretches of speech are recognised, then `...completed` (and the stored part its transcript) or
// `...failed`. Items deleted meanwhile, and sessions closed meanwhile, get nothing more.
import { isFrameworkError } from '../../errors.js';
import { audioMs } from '../conversation.js';
/** The hosted `error.code` of a failed transcription, for each of our error codes. */
const WIRE_CODES = {
    TRANSCRIPTION_UNAVAILABLE: 'transcription_unavailable',
    TRANSCRIPTION_TIMEOUT: 'transcription_timeout',
    TRANSCRIPTION_FAILED: 'transcription_failed',
};
export class InputTranscription {
    #options;
    #closed = new AbortController();
    /** Per item still waiting for its transcript: aborting skips it if it has not reached the recogniser. */
    #waiting = new Map();
    #pending = 0;
    constructor(options) {
        this.#options = options;
    }
    /** Transcriptions started and not yet completed or failed. */
    get pending() {
        return this.#pending;
    }
    /** Starts transcribing the item's input audio part, if it is a user message that has one. */
    start(stored) {
        const { item, audio } = stored;
        if (item.type !== 'message' || item.role !== 'user' || !audio || this.#closed.signal.aborted)
            return;
        const contentIndex = item.content.findIndex((part) => part.type === 'input_audio');
        if (contentIndex < 0)
            return;
        const { recogniser, conversation, send, log } = this.#options;
        const itemId = item.id;
        const stillThere = () => !this.#closed.signal.aborted && conversation.get(itemId) === stored;
        const skip = new AbortController();
        this.#waiting.set(itemId, skip);
        let sent = '';
        const sendDelta = (delta) => {
            sent += delta;
            send({
                type: 'conversation.item.input_audio_transcription.delta',
                item_id: itemId,
                content_index: contentIndex,
                delta,
            });
        };
        this.#pending++;
        recogniser
            .transcribe(audio.samples, audio.sampleRate, {
            signal: AbortSignal.any([this.#closed.signal, skip.signal]),
            onSegment: (text) => {
                if (stillThere())
                    sendDelta(sent === '' ? text : ` ${text}`);
            },
        })
            .then(({ text }) => {
            if (!stillThere())
                return;
            if (text.startsWith(sent) && text.length > sent.length)
                sendDelta(text.slice(sent.length));
            const part = item.content[contentIndex];
            if (part?.type === 'input_audio')
                part.transcript = text;
            send({
                type: 'conversation.item.input_audio_transcription.completed',
                item_id: itemId,
                content_index: contentIndex,
                transcript: text,
                usage: { type: 'duration', seconds: Math.round(audioMs(audio)) / 1000 },
            });
        }, (error) => {
            if (!stillThere())
                return;
            log.warn({ err: error, itemId }, 'input audio transcription failed');
            const known = isFrameworkError(error) && error.code in WIRE_CODES;
            send({
                type: 'conversation.item.input_audio_transcription.failed',
                item_id: itemId,
                content_index: contentIndex,
                error: {
                    type: 'transcription_error',
                    code: known ? WIRE_CODES[error.code] : 'transcription_failed',
                    message: known ? sentence(error.message) : 'The audio could not be transcribed.',
                    param: null,
                },
            });
        })
            .finally(() => {
            this.#pending--;
            if (this.#waiting.get(itemId) === skip)
                this.#waiting.delete(itemId);
        });
    }
    /** The item was deleted: its transcript is not wanted any more. */
    forget(itemId) {
        this.#waiting.get(itemId)?.abort();
    }
    /** Drops every transcription still to come (the session is gone). */
    close() {
        this.#closed.abort();
    }
}
function sentence(message) {
    return message.charAt(0).toUpperCase() + message.slice(1);
}
//# sourceMappingURL=input-transcription.js.map