export class ResponseSequencer {
    #queue = [];
    #activeId = null;
    /** The create sent and not yet answered by `response.created`. */
    #pending = null;
    /** The create sent before a `response.created` that may have been the server's own, not ours. */
    #unconfirmed = null;
    #outOfBandQueue = [];
    #outOfBandActive = new Set();
    #send;
    /** `send` returns false when nothing can be sent right now (the socket is being replaced). */
    constructor(send) {
        this.#send = send;
    }
    /** The active default-conversation response, if any. */
    get activeResponseId() {
        return this.#activeId;
    }
    /** Whether any response is active, pending or queued (default conversation or out-of-band). */
    get busy() {
        return (this.#activeId !== null ||
            this.#pending !== null ||
            this.#queue.length > 0 ||
            this.#outOfBandQueue.length > 0 ||
            this.#outOfBandActive.size > 0);
    }
    /** Whether a default-conversation response is active, sent or queued. */
    get answering() {
        return this.#activeId !== null || this.#pending !== null || this.#queue.length > 0;
    }
    request(event) {
        if (event.response?.conversation === 'none')
            this.#outOfBandQueue.push(event);
        else
            this.#queue.push(event);
        this.pump();
    }
    /** `response.created`: a default-conversation response (ours or the server's own) is now active. */
    created(responseId, conversationId) {
        if (conversationId === null) {
            this.#outOfBandActive.add(responseId);
            return;
        }
        this.#activeId = responseId;
        this.#unconfirmed = this.#pending;
        this.#pending = null;
    }
    /** `response.done` for any response. */
    done(responseId) {
        this.#outOfBandActive.delete(responseId);
        if (responseId !== this.#activeId)
            return;
        this.#activeId = null;
        this.#unconfirmed = null;
        this.pump();
    }
    /** The server refused the create with `eventId`; a collision puts it back in front of the queue. */
    refused(eventId, collided) {
        let refused;
        if (this.#pending?.event_id === eventId) {
            refused = this.#pending;
            this.#pending = null;
        }
        else if (this.#unconfirmed?.event_id === eventId) {
            refused = this.#unconfirmed;
            this.#unconfirmed = null;
        }
        else {
            return false;
        }
        if (collided)
            this.#queue.unshift(refused);
        this.pump();
        return true;
    }
    /**
     * A new socket: nothing is active there. A create sent but unanswered is queued again; the response
     * that was active on the old socket is returned and, with `rerequest`, asked for again (with the
     * parameters of our create when it was ours, else as a plain create for the server's own response).
     * Out-of-band responses cut off are returned for the report; they are not asked for again.
     */
    restart(rerequest, nextEventId) {
        const interrupted = this.#activeId;
        const outOfBand = [...this.#outOfBandActive];
        const again = [];
        if (interrupted !== null && rerequest) {
            again.push(this.#unconfirmed ?? { type: 'response.create', event_id: nextEventId() });
        }
        if (this.#pending)
            again.push(this.#pending);
        this.#queue.unshift(...again);
        this.#activeId = null;
        this.#pending = null;
        this.#unconfirmed = null;
        this.#outOfBandActive.clear();
        return { interrupted, outOfBand };
    }
    /** Sends the next queued create when the conversation is free. */
    pump() {
        while (this.#outOfBandQueue.length > 0 && this.#send(this.#outOfBandQueue[0]))
            this.#outOfBandQueue.shift();
        if (this.#activeId !== null || this.#pending !== null)
            return;
        const next = this.#queue[0];
        if (!next || !this.#send(next))
            return;
        this.#queue.shift();
        this.#pending = next;
    }
}
//# sourceMappingURL=response-sequencer.js.map