// One conversation with the model: one model session, the speakers it hears, and the speech output its
// answers go to. Two ways to run it:
//   - direct (modes single and per-participant): one speaker streams live all the time; the model's
//     turn detection ends turns and starts answers, and its speech cuts the agent off.
//   - shared (mode shared): many speakers, one model session. Whoever starts talking while nobody
//     holds the floor streams live; a person who talks meanwhile is buffered and sent as their own
//     user item when the floor frees, in the order people started. Every turn is labelled with its
//     speaker, and this class (not the server) decides, by the floor policy, whether a turn is
//     answered and whether speech cuts the agent off.
// With turn_detection none, the relay's own voice activity ends live turns (it commits the buffer).
import { randomUUID } from 'node:crypto';
import { concatSamples } from '../audio/pcm.js';
import { speakerLabel } from './speaker-label.js';
/** A text-only response of an observer that has tools: it may call them, it never speaks. */
const OBSERVER_RESPONSE = {
    output_modalities: ['text'],
    instructions: 'You are observing this conversation silently. Do not reply to anyone. If what was just said calls for one of your tools (for example taking a note), call it; otherwise output nothing.',
};
/** The longest buffered turn: a person talking longer over someone else is sent in parts. */
const MAX_BUFFERED_MS = 60_000;
/** Extra wait beyond the silence window for the model to end a live turn, before the relay does. */
const FLOOR_GRACE_MS = 1_500;
/** Items whose speaker and transcript are remembered (late transcripts of older items are not shown). */
const ITEMS_REMEMBERED = 500;
/** Sets `key` in a map that forgets its oldest entries beyond ITEMS_REMEMBERED. */
function remember(map, key, value) {
    map.delete(key);
    map.set(key, value);
    if (map.size > ITEMS_REMEMBERED)
        map.delete(map.keys().next().value);
}
function newItemId() {
    return `item_rv${randomUUID().replaceAll('-', '').slice(0, 24)}`;
}
export class Conversation {
    id;
    #o;
    #session;
    #logger;
    #speakers = new Set();
    /** Direct mode: the one speaker, always live. */
    #pinned;
    /** Shared mode: the speaker streaming live now. */
    #live;
    #liveStopped = false;
    #floorTimer;
    /** The model's turn detection has heard speech it has not committed yet. */
    #serverSpeech = false;
    #queue = [];
    /** Who said each user item. */
    #speakerOf = new Map();
    #transcripts = new Map();
    /** Turns waiting for their transcript before the floor policy can decide. */
    #undecided = new Set();
    /** The person whose turn the current answer is for (the caller of its tools). */
    #answering;
    #requested = false;
    #thinking = false;
    /** When the speech of the last turn not yet answered ended (performance.now()). */
    #turnEndedAt;
    #ready = false;
    #closed = false;
    #offs = [];
    constructor(options) {
        this.id = options.id;
        this.#o = options;
        this.#session = options.session;
        this.#logger = options.logger;
        const session = this.#session;
        this.#offs.push(session.on('audio', ({ itemId, samples }) => {
            if (options.floor.policy !== 'observer')
                options.output.play(itemId, samples);
        }), options.output.onSpeaking((speaking, itemId) => {
            if (speaking) {
                this.#thinking = false;
                this.#replyStarted(itemId);
            }
            options.stateChanged?.();
        }), session.on('speech_started', () => this.#onServerSpeech()), session.on('speech_stopped', () => {
            this.#serverSpeech = false;
        }), session.on('committed', ({ itemId, previousItemId }) => this.#onCommitted(itemId, previousItemId)), session.on('input_transcript', ({ itemId, delta }) => this.#onTranscript(itemId, delta, false)), session.on('input_transcript_done', ({ itemId, transcript }) => this.#onTranscript(itemId, transcript, true)), session.on('input_transcript_failed', ({ itemId, message }) => this.#onTranscriptFailed(itemId, message)), session.on('output_transcript', ({ itemId, delta }) => this.#agentLine(itemId, delta, false)), session.on('output_transcript_done', ({ itemId, transcript }) => this.#agentLine(itemId, transcript, true)), session.on('response_started', () => {
            this.#requested = false;
            if (options.floor.policy !== 'observer')
                this.#setThinking(true);
        }), session.on('response_done', ({ responseId, usage }) => {
            if (!options.output.speaking)
                this.#setThinking(false);
            const speaker = (this.#answering ?? this.#pinned)?.ref;
            options.events.publish('usage', { conversation: this.id, responseId, usage, speaker });
        }));
    }
    get state() {
        if (!this.#ready)
            return 'initializing';
        if (this.#o.output.speaking)
            return 'speaking';
        return this.#thinking ? 'thinking' : 'listening';
    }
    /** The person the agent is answering: who asked, for the tools it calls. */
    caller() {
        return this.#answering?.participant;
    }
    /** Asks the model to go on after a tool's result, the way this conversation answers (text for an observer). */
    continueAfterTool() {
        this.#session.respond(this.#o.floor.policy === 'observer' ? OBSERVER_RESPONSE : undefined);
    }
    /** Gives the model session a new tool list (an MCP server's tools changed). */
    updateTools(tools) {
        this.#session
            .updateTools(tools)
            .catch((error) => this.#logger.warn({ err: error }, 'the model refused the new tool list'));
    }
    /** Opens the model session. */
    async open() {
        await this.#session.connect();
        this.#ready = true;
        this.#o.stateChanged?.();
    }
    /** Says `instructions`' greeting (a response of its own). */
    greet(instructions) {
        if (this.#o.floor.policy === 'observer')
            return;
        this.#session.respond({ instructions });
        this.#setThinking(true);
    }
    /**
     * Starts hearing `speaker`: direct mode pins them live (after `lead`, audio of theirs from just before,
     * such as the words that got them linked); shared mode follows their voice activity.
     */
    add(speaker, lead) {
        if (this.#closed || this.#speakers.has(speaker))
            return;
        this.#speakers.add(speaker);
        if (!this.#o.shared) {
            this.#pinned = speaker;
            if (lead && lead.length > 0)
                this.#session.appendAudio(lead);
            speaker.routeTo((samples) => this.#session.appendAudio(samples));
        }
        const offStart = speaker.on('speech_started', ({ atMs }) => this.#onSpeechStarted(speaker, atMs));
        const offStop = speaker.on('speech_stopped', () => this.#onSpeechStopped(speaker));
        const offEnd = speaker.on('ended', () => {
            offStart();
            offStop();
            offEnd();
            this.remove(speaker);
        });
    }
    /** Stops hearing `speaker`; what they said so far is kept (a live turn is committed, a buffered one sent). */
    remove(speaker) {
        if (!this.#speakers.delete(speaker))
            return;
        speaker.routeTo(undefined);
        if (this.#pinned === speaker) {
            // What they said before leaving is kept (the model's turn detection will not end it now).
            this.#pinned = undefined;
            if (this.#serverSpeech || speaker.speaking)
                this.#session.commitAudio();
        }
        if (this.#live === speaker) {
            this.#logger.info({ speaker: speaker.ref.identity }, 'the speaker holding the floor left; their turn is kept');
            // The commit's `committed` event still names them: the floor is released when it comes.
            this.#liveStopped = true;
            this.#commitLive();
        }
        const open = this.#queue.find((turn) => turn.speaker === speaker && !turn.complete);
        if (open) {
            open.complete = true;
            this.#flush();
        }
    }
    close() {
        if (this.#closed)
            return;
        this.#closed = true;
        clearTimeout(this.#floorTimer);
        for (const off of this.#offs)
            off();
        for (const speaker of this.#speakers)
            speaker.routeTo(undefined);
        this.#speakers.clear();
        this.#o.output.interrupt();
        this.#session.close();
    }
    // ---- speech in ----
    #onSpeechStarted(speaker, atMs) {
        const heard = this.#speakers.has(speaker);
        this.#o.events.publish('speech_started', { speaker: speaker.ref, heard });
        if (!heard)
            return;
        if (this.#o.shared ? this.#o.floor.interruptsOnSpeech(speaker.ref) : this.#o.relayCommits) {
            this.#bargeIn(speaker, false);
        }
        if (!this.#o.shared)
            return;
        if (this.#live === speaker) {
            this.#liveStopped = false;
            clearTimeout(this.#floorTimer);
            return;
        }
        const start = speaker.recentFrom(atMs);
        if (this.#live === undefined && this.#queue.length === 0)
            this.#goLive(speaker, start);
        else
            this.#buffer(speaker, start);
    }
    /** Buffers `speaker`'s turn while someone else holds the floor. */
    #buffer(speaker, start) {
        const turn = { speaker, chunks: [start], complete: false };
        let bufferedMs = (start.length * 1000) / speaker.sampleRate;
        this.#queue.push(turn);
        speaker.routeTo((samples) => {
            turn.chunks.push(samples);
            bufferedMs += (samples.length * 1000) / speaker.sampleRate;
            if (bufferedMs < MAX_BUFFERED_MS)
                return;
            // A very long turn over someone else: what there is waits as one turn, the rest as the next.
            turn.complete = true;
            this.#buffer(speaker, new Int16Array(0));
        });
        this.#logger.debug({ speaker: speaker.ref.identity }, 'buffering: someone else holds the floor');
    }
    #onSpeechStopped(speaker) {
        if (this.#pinned === speaker && this.#o.relayCommits) {
            this.#commitLive();
            return;
        }
        if (this.#live === speaker) {
            this.#liveStopped = true;
            if (this.#o.relayCommits)
                this.#commitLive();
            else if (!this.#serverSpeech) {
                // The model's detector heard nothing: what was streamed must not join the next speaker's turn.
                this.#session.clearAudio();
                this.#releaseFloor('the model heard no speech to commit');
            }
            else
                this.#armFloorTimer();
            return;
        }
        const turn = this.#queue.find((queued) => queued.speaker === speaker && !queued.complete);
        if (!turn)
            return;
        turn.complete = true;
        speaker.routeTo(undefined);
        this.#flush();
    }
    #goLive(speaker, start) {
        this.#live = speaker;
        this.#liveStopped = false;
        if (start.length > 0)
            this.#session.appendAudio(start);
        speaker.routeTo((samples) => this.#session.appendAudio(samples));
        this.#logger.debug({ speaker: speaker.ref.identity }, 'holds the floor: streaming live');
    }
    #commitLive() {
        if (!this.#session.commitAudio()) {
            this.#session.clearAudio();
            this.#releaseFloor('too little audio to commit');
        }
    }
    /** The model did not end the live turn in time after its speaker went quiet: the relay does. */
    #armFloorTimer() {
        clearTimeout(this.#floorTimer);
        this.#floorTimer = setTimeout(() => {
            if (!this.#live || !this.#liveStopped)
                return;
            this.#logger.debug({ speaker: this.#live.ref.identity }, 'the model kept the turn open; committing it');
            if (!this.#session.commitAudio()) {
                this.#session.clearAudio();
                this.#releaseFloor('nothing left to commit');
            }
        }, this.#o.silenceMs + FLOOR_GRACE_MS);
    }
    #releaseFloor(reason) {
        const speaker = this.#live;
        if (!speaker)
            return;
        clearTimeout(this.#floorTimer);
        this.#logger.debug({ speaker: speaker.ref.identity, reason }, 'floor released');
        if (this.#speakers.has(speaker))
            speaker.routeTo(undefined);
        this.#live = undefined;
        this.#flush();
    }
    /** Sends finished buffered turns in speaking order; the first one still going takes the floor. */
    #flush() {
        while (this.#live === undefined && this.#queue.length > 0) {
            const turn = this.#queue.shift();
            const samples = concatSamples(turn.chunks);
            if (!turn.complete) {
                this.#goLive(turn.speaker, samples);
                return;
            }
            if (samples.length === 0)
                continue;
            const id = newItemId();
            this.#turnEnded();
            this.#session.addUserItem({ itemId: id, text: speakerLabel(turn.speaker.ref), samples });
            this.#attributed(id, turn.speaker, false);
        }
    }
    #onServerSpeech() {
        this.#serverSpeech = true;
        // Direct mode: the model's voice activity is the speaker's; it cuts the agent off.
        const speaker = this.#pinned;
        if (!this.#o.shared && !this.#o.relayCommits && speaker) {
            this.#o.events.publish('speech_started', { speaker: speaker.ref, heard: true });
            this.#bargeIn(speaker, true);
        }
    }
    #onCommitted(itemId, previousItemId) {
        this.#serverSpeech = false;
        this.#turnEnded();
        const speaker = this.#o.shared ? this.#live : this.#pinned;
        if (this.#o.shared && speaker) {
            this.#session.addUserItem({ text: speakerLabel(speaker.ref) }, previousItemId);
        }
        this.#attributed(itemId, speaker, true);
        if (speaker && this.#live === speaker && (this.#liveStopped || !speaker.speaking)) {
            this.#releaseFloor('turn committed');
        }
    }
    // ---- deciding ----
    #attributed(itemId, speaker, live) {
        remember(this.#speakerOf, itemId, speaker?.ref);
        this.#o.events.publish('turn', { conversation: this.id, itemId, speaker: speaker?.ref, live });
        // Direct mode: the model answers by itself (create_response), as configured.
        if (!this.#o.shared && !this.#o.relayCommits)
            return;
        this.#decide(itemId, speaker);
    }
    #decide(itemId, speaker) {
        const ref = speaker?.ref;
        const decision = this.#o.floor.decide(ref, this.#transcripts.get(itemId));
        if (decision.kind === 'await-transcript') {
            this.#undecided.add(itemId);
            return;
        }
        this.#undecided.delete(itemId);
        const answer = decision.kind === 'answer' && this.#o.createResponse;
        const reason = decision.kind === 'answer' && !this.#o.createResponse ? 'create_response is off' : decision.reason;
        this.#o.events.publish('decision', { conversation: this.id, itemId, speaker: ref, answer, reason });
        if (decision.kind === 'observe') {
            if (this.#o.hasTools)
                this.#request(speaker, OBSERVER_RESPONSE);
            return;
        }
        if (!answer)
            return;
        // Addressed and first-speaker turns were not allowed to cut the agent off when they started; a turn
        // that is to be answered now does (open turns already did at their start).
        if (this.#o.interruptResponse && this.#o.floor.policy !== 'open')
            this.#bargeIn(speaker, false);
        this.#request(speaker);
    }
    #request(speaker, response) {
        this.#answering = speaker;
        if (this.#requested)
            return; // the answer already asked for will see this turn too
        this.#requested = true;
        this.#session.respond(response);
        if (!response)
            this.#setThinking(true);
    }
    #bargeIn(by, bySpeech) {
        if (!this.#o.interruptResponse)
            return;
        const output = this.#o.output;
        if (!output.speaking && !this.#session.responding)
            return;
        const heard = output.interrupt();
        this.#o.abortTools?.();
        this.#requested = false;
        this.#setThinking(false);
        const outcome = this.#session.interrupt({
            playback: heard ? { itemId: heard.itemId, playedMs: heard.heardMs } : undefined,
            bySpeech,
        });
        if (!heard)
            return;
        this.#o.events.publish('interrupted', {
            conversation: this.id,
            by: by?.ref,
            itemId: heard.itemId,
            heardMs: heard.heardMs,
        });
        this.#logger.info({ speaker: by?.ref.identity, playedMs: heard.heardMs, itemId: heard.itemId, outcome }, 'barge-in: stopped speaking');
    }
    // ---- transcripts ----
    #onTranscript(itemId, text, final) {
        const line = final ? text : (this.#transcripts.get(itemId) ?? '') + text;
        remember(this.#transcripts, itemId, line);
        const speaker = this.#speakerOf.get(itemId);
        this.#o.events.publish('transcript', {
            conversation: this.id,
            role: 'user',
            itemId,
            text: line,
            final,
            speaker,
        });
        if (!this.#undecided.has(itemId))
            return;
        if (final || this.#o.floor.addressedSoFar(line)) {
            this.#decide(itemId, this.#speakerNamed(speaker));
        }
    }
    #onTranscriptFailed(itemId, message) {
        this.#logger.warn({ itemId, message }, 'the model could not transcribe a turn');
        if (!this.#undecided.delete(itemId))
            return;
        this.#o.events.publish('decision', {
            conversation: this.id,
            itemId,
            speaker: this.#speakerOf.get(itemId),
            answer: false,
            reason: `no transcript to decide on: ${message}`,
        });
    }
    #agentLine(itemId, text, final) {
        if (this.#o.floor.policy === 'observer')
            return;
        const line = final ? text : (this.#transcripts.get(itemId) ?? '') + text;
        if (final)
            this.#transcripts.delete(itemId);
        else
            remember(this.#transcripts, itemId, line);
        this.#o.events.publish('transcript', {
            conversation: this.id,
            role: 'agent',
            itemId,
            text: line,
            final,
            to: this.#o.privateTo,
        });
    }
    #speakerNamed(ref) {
        if (!ref)
            return undefined;
        for (const speaker of this.#speakers)
            if (speaker.ref.identity === ref.identity)
                return speaker;
        return undefined;
    }
    // ---- timing ----
    /** A user turn ended just now: its speech ended a silence window ago. */
    #turnEnded() {
        this.#turnEndedAt = performance.now() - this.#o.silenceMs;
    }
    #replyStarted(itemId) {
        const endedAt = this.#turnEndedAt;
        if (endedAt === undefined || itemId === undefined)
            return;
        this.#turnEndedAt = undefined;
        this.#o.events.publish('reply_started', {
            conversation: this.id,
            itemId,
            latencyMs: performance.now() - endedAt,
        });
    }
    #setThinking(thinking) {
        if (thinking === this.#thinking)
            return;
        this.#thinking = thinking;
        this.#o.stateChanged?.();
    }
}
//# sourceMappingURL=conversation.js.map