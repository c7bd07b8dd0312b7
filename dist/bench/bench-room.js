import { TALKER_PREFIX } from './bench-roles.js';
import { Listener, Talker } from './room-participants.js';
/** The agent counts as done answering after this much quiet. */
const QUIET_MS = 300;
export class BenchRoom {
    name;
    talkers;
    listener;
    #livekit;
    constructor(livekit, name, talkers, listener) {
        this.#livekit = livekit;
        this.name = name;
        this.talkers = talkers;
        this.listener = listener;
    }
    /** Creates `name` with `talkers` talkers (talker-1, talker-2, …) and a listener in it. */
    static async open(livekit, name, talkers = 1) {
        await livekit.rooms.createRoom({ name, emptyTimeout: 30, departureTimeout: 1 });
        const people = Array.from({ length: talkers }, (_, index) => new Talker(`${TALKER_PREFIX}${index + 1}`));
        const listener = new Listener('listener');
        const { url } = livekit.credentials;
        await Promise.all([
            ...people.map(async (talker) => talker.join(url, await livekit.personToken(name, talker.identity))),
            (async () => listener.join(url, await livekit.personToken(name, listener.identity)))(),
        ]);
        return new BenchRoom(livekit, name, people, listener);
    }
    /** One turn: `talker` says `clip` once the agent is quiet; resolves after the answer has played. */
    async turn(clip, talker = 0, timeoutMs = 15_000) {
        await this.listener.quiet(QUIET_MS);
        const speechEndAt = await this.talkers[talker].say(clip);
        const heardAt = await this.listener.heardAfter(speechEndAt, timeoutMs);
        if (!Number.isNaN(heardAt))
            await this.listener.quiet(QUIET_MS);
        return { speechEndAt, heardAt, speakingStateAt: this.listener.stateAt('speaking', speechEndAt) };
    }
    async close() {
        await Promise.all([...this.talkers, this.listener].map((person) => person.leave().catch(() => undefined)));
        await this.#livekit.rooms.deleteRoom(this.name).catch(() => undefined);
    }
}
/** Opens `name` with its people, places `fleet`'s agent with `role` in it and waits until it is heard. */
export async function openAgentRoom(livekit, fleet, name, options) {
    const room = await BenchRoom.open(livekit, name, options.talkers ?? 1);
    try {
        await fleet.place(name, options.role, room.talkers[0].identity);
        await room.listener.agentTrack(options.joinTimeoutMs ?? 60_000);
        return room;
    }
    catch (error) {
        await room.close();
        const reason = fleet.failure(name);
        throw new Error(`the ${fleet.name} agent did not join ${name}: ${reason ?? error.message}`);
    }
}
/** Takes the agent out of the room, then closes it. */
export async function closeAgentRoom(fleet, room) {
    await fleet.remove(room.name).catch(() => undefined);
    await room.close();
}
//# sourceMappingURL=bench-room.js.map