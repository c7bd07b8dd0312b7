const ROOM = 'room';
export class Relay {
    #o;
    /** Admitted people present (or departing), in the order they joined. */
    #present = [];
    #departing = new Map();
    /** The microphone each person is heard through now. */
    #speakers = new Map();
    #conversations = new Map();
    #linked;
    #emptyTimer;
    #closed = false;
    constructor(options) {
        this.#o = options;
    }
    /** Open conversations: the room's, the linked person's, or one per listener. */
    conversations() {
        return [...this.#conversations.values()].map((opened) => opened.conversation);
    }
    /** The person heard in mode single. */
    get linked() {
        return this.#linked;
    }
    /** An admitted person joined (or came back within the departure timeout). */
    joined(participant) {
        const { identity } = participant;
        clearTimeout(this.#emptyTimer);
        const departing = this.#departing.get(identity);
        if (departing) {
            clearTimeout(departing);
            this.#departing.delete(identity);
            this.#o.logger.info({ participant: identity }, 'came back in time: keeps their place');
            return;
        }
        if (!this.#isPresent(identity))
            this.#present.push(participant);
        this.#relink();
    }
    /** An admitted person disconnected: their place is kept for the departure timeout. */
    left(identity) {
        if (!this.#isPresent(identity) || this.#departing.has(identity))
            return;
        const timer = setTimeout(() => this.#gone(identity), this.#o.departureTimeoutMs);
        this.#departing.set(identity, timer);
        if (this.#present.every((present) => this.#departing.has(present.identity))) {
            this.#emptyTimer = setTimeout(() => this.#o.onEmpty(), this.#o.departureTimeoutMs);
        }
    }
    /** Hears `speaker` (a microphone arrived) according to the mode; returns when their audio ends. */
    async hear(speaker, frames) {
        const identity = speaker.ref.identity;
        this.#speakers.set(identity, speaker);
        switch (this.#o.mode) {
            case 'shared':
                this.#conversation(ROOM, undefined).add(speaker);
                break;
            case 'per-participant':
                this.#conversation(identity, speaker.participant).add(speaker);
                break;
            case 'single':
                if (this.#linked === identity)
                    this.#conversations.get(ROOM)?.conversation.add(speaker);
                else if (this.#o.link === 'first-speaker') {
                    const off = speaker.on('speech_started', ({ atMs }) => {
                        if (this.#linked !== undefined || this.#closed)
                            return;
                        off();
                        this.#link(speaker.participant).conversation.add(speaker, speaker.recentFrom(atMs));
                    });
                    speaker.once('ended', off);
                }
                else
                    this.#relink();
                break;
        }
        try {
            await speaker.listen(frames);
        }
        finally {
            if (this.#speakers.get(identity) === speaker)
                this.#speakers.delete(identity);
        }
    }
    async close() {
        this.#closed = true;
        clearTimeout(this.#emptyTimer);
        for (const timer of this.#departing.values())
            clearTimeout(timer);
        const open = [...this.#conversations.values()];
        this.#conversations.clear();
        await Promise.all(open.map((opened) => opened.close()));
    }
    #isPresent(identity) {
        return this.#present.some((present) => present.identity === identity);
    }
    #conversation(key, listener) {
        let opened = this.#conversations.get(key);
        if (!opened) {
            opened = this.#o.open(listener, key);
            this.#conversations.set(key, opened);
        }
        return opened.conversation;
    }
    /** Mode single, first-joined: links the earliest person present when nobody is linked. */
    #relink() {
        if (this.#o.mode !== 'single' || this.#o.link !== 'first-joined' || this.#linked !== undefined)
            return;
        const next = this.#present.find((present) => !this.#departing.has(present.identity));
        if (next === undefined)
            return;
        const opened = this.#link(next);
        const speaker = this.#speakers.get(next.identity);
        if (speaker)
            opened.conversation.add(speaker);
    }
    #link(participant) {
        this.#linked = participant.identity;
        this.#o.logger.info({ participant: participant.identity, rule: this.#o.link }, 'linked: the agent listens to them');
        const opened = this.#o.open(participant, ROOM);
        this.#conversations.set(ROOM, opened);
        return opened;
    }
    #gone(identity) {
        this.#departing.delete(identity);
        const index = this.#present.findIndex((present) => present.identity === identity);
        if (index >= 0)
            this.#present.splice(index, 1);
        this.#o.logger.info({ participant: identity }, 'left for good');
        this.#o.onGone?.(identity);
        if (this.#o.mode === 'per-participant')
            this.#dispose(identity);
        if (this.#o.mode === 'single' && this.#linked === identity) {
            this.#linked = undefined;
            this.#dispose(ROOM);
            this.#relink();
            // first-speaker: whoever talks next is linked (their speech listeners are still attached).
        }
    }
    #dispose(key) {
        const opened = this.#conversations.get(key);
        if (!opened)
            return;
        this.#conversations.delete(key);
        void opened
            .close()
            .catch((error) => this.#o.logger.warn({ err: error }, 'closing a conversation failed'));
    }
}
//# sourceMappingURL=relay.js.map