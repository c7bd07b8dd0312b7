import { firesOnParticipant, firesOnRoomStart, serverKind } from './dispatch-rules.js';
const key = (room, identity) => `${room}\u0000${identity}`;
export class RoomTriggers {
    #dispatcher;
    #logger;
    /** Per room instance (sid), the definitions whose rule has fired. */
    #fired = new Map();
    /** Token holders expected to bring an agent, by room and identity. */
    #expected = new Map();
    constructor(dispatcher, logger) {
        this.#dispatcher = dispatcher;
        this.#logger = logger;
    }
    get #catalog() {
        return this.#dispatcher.catalog;
    }
    /** A token was minted for `identity` in `room` asking for `agent`: dispatch it when they join. */
    expectFromToken(room, identity, agent, ttlMs) {
        const now = Date.now();
        for (const [entry, expectation] of this.#expected)
            if (expectation.untilMs < now)
                this.#expected.delete(entry);
        this.#expected.set(key(room, identity), { agent, untilMs: now + ttlMs });
    }
    /** Acts on one verified, first-seen LiveKit webhook. */
    async onWebhook(event) {
        const room = event.room;
        if (!room)
            return;
        switch (event.event) {
            case 'room_started':
                await this.#roomStarted(room, 'rule');
                return;
            case 'participant_joined':
                if (event.participant)
                    await this.#participantJoined(room, event.participant, 'rule');
                return;
            case 'room_finished':
                this.#fired.delete(room.sid);
                return;
            default:
                return;
        }
    }
    /** What the sweep sees of a room: fires what the webhooks would have. */
    async sweepRoom(room, participants) {
        await this.#roomStarted(room, 'sweep');
        for (const participant of participants)
            await this.#participantJoined(room, participant, 'sweep');
    }
    /** Forgets rooms that no longer exist (by sid). */
    keepOnly(sids) {
        for (const sid of this.#fired.keys())
            if (!sids.has(sid))
                this.#fired.delete(sid);
    }
    /** `route`: a webhook fires a rule as `rule`; the sweep, making up for a missed one, as `sweep`. */
    async #roomStarted(room, route) {
        const facts = { name: room.name, metadata: room.metadata };
        await Promise.all(this.#catalog.definitions
            .filter((loaded) => firesOnRoomStart(loaded.definition, facts))
            .map((loaded) => this.#fire(room, loaded.definition.name, route)));
    }
    async #participantJoined(room, participant, route) {
        // Hidden participants (recorders, the API's own observer) call for nobody.
        if (participant.permission?.hidden)
            return;
        const facts = { name: room.name, metadata: room.metadata };
        const who = { identity: participant.identity, kind: serverKind(participant.kind) };
        const firing = this.#catalog.definitions
            .filter((loaded) => firesOnParticipant(loaded.definition, facts, who))
            .map((loaded) => this.#fire(room, loaded.definition.name, route));
        const expected = this.#expected.get(key(room.name, participant.identity));
        if (expected && expected.untilMs >= Date.now()) {
            this.#expected.delete(key(room.name, participant.identity));
            firing.push(this.#ensure(room.name, expected.agent, 'token').then(() => undefined));
        }
        await Promise.all(firing);
    }
    async #fire(room, agent, route) {
        let fired = this.#fired.get(room.sid);
        if (!fired) {
            fired = new Set();
            this.#fired.set(room.sid, fired);
        }
        if (fired.has(agent))
            return;
        fired.add(agent);
        // A failed dispatch leaves the rule unfired, so the next sweep tries again.
        if (!(await this.#ensure(room.name, agent, route)))
            fired.delete(agent);
    }
    async #ensure(room, agent, route) {
        try {
            await this.#dispatcher.ensure(room, agent, route);
            return true;
        }
        catch (error) {
            this.#logger.warn({ err: error, room, agent, route }, 'could not dispatch the agent');
            return false;
        }
    }
}
//# sourceMappingURL=room-triggers.js.map