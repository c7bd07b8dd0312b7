export const AGENT_STATE_ATTRIBUTE = 'lk.agent.state';
export class AgentStateAttribute {
    #room;
    #logger;
    /** The state the room has, or is being told. */
    #published;
    /** The state to publish once the update in flight lands. */
    #next;
    #inFlight = false;
    constructor(room, logger) {
        this.#room = room;
        this.#logger = logger;
    }
    /** Sets the state; returns at once. */
    set(state) {
        this.#next = state;
        if (!this.#inFlight)
            void this.#flush();
    }
    async #flush() {
        this.#inFlight = true;
        try {
            while (this.#next !== undefined && this.#next !== this.#published) {
                const state = this.#next;
                this.#next = undefined;
                const participant = this.#room.localParticipant;
                if (!participant || !this.#room.isConnected)
                    return;
                const started = performance.now();
                try {
                    await participant.setAttributes({ [AGENT_STATE_ATTRIBUTE]: state });
                    this.#published = state;
                }
                catch (error) {
                    this.#logger.warn({ err: error, state }, 'agent state not published');
                }
                const tookMs = performance.now() - started;
                if (tookMs > 1_000)
                    this.#logger.warn({ state, tookMs: Math.round(tookMs) }, 'agent state update was slow');
            }
        }
        finally {
            this.#inFlight = false;
        }
    }
}
//# sourceMappingURL=agent-state.js.map