// Following a room from outside it: a hidden participant with the observer identity that reads the
// agents' event feed (room/event-feed.ts), knows which agents are in the room with their state and floor,
// and reports agents joining and leaving. The API's SSE streams and outgoing webhooks, and embedding code,
// read rooms through it. (Switching the floor needs no presence: room-floor.ts.)
import { ParticipantKind, Room, RoomEvent, } from '@livekit/rtc-node';
import { AccessToken } from 'livekit-server-sdk';
import { AGENT_DEFINITION_ATTRIBUTE, LIVEKIT_AGENT_NAME_ATTRIBUTE } from '../dispatch/room-agents.js';
import { AGENT_STATE_ATTRIBUTE } from '../room/agent-state.js';
import { DEFAULT_OBSERVER_IDENTITY, EVENT_FEED_TOPIC, HEARTBEAT, heartbeatSchema, readFeedRecord, } from '../room/event-feed.js';
import { TypedEmitter } from '../typed-emitter.js';
function agentOf(participant) {
    if (participant.kind !== ParticipantKind.AGENT)
        return undefined;
    return (participant.attributes[AGENT_DEFINITION_ATTRIBUTE] ?? participant.attributes[LIVEKIT_AGENT_NAME_ATTRIBUTE]);
}
export class RoomFollower extends TypedEmitter {
    room;
    #livekit = new Room();
    #logger;
    #agents = new Map();
    #closed = false;
    constructor(room, logger) {
        super(() => logger);
        this.room = room;
        this.#logger = logger;
    }
    /** Joins `room` as the hidden observer. The room must exist (joining would otherwise create it). */
    static async join(options) {
        const { credentials, room } = options;
        const token = new AccessToken(credentials.apiKey, credentials.apiSecret, {
            identity: options.observer ?? DEFAULT_OBSERVER_IDENTITY,
            name: 'roomvoice observer',
            ttl: '24h',
        });
        token.addGrant({
            room,
            roomJoin: true,
            hidden: true,
            canPublish: false,
            canSubscribe: true,
            canPublishData: true,
        });
        const follower = new RoomFollower(room, options.logger.child({ room, component: 'room-follower' }));
        await follower.#connect(credentials.url, await token.toJwt());
        return follower;
    }
    async #connect(url, token) {
        const room = this.#livekit;
        room.on(RoomEvent.DataReceived, (payload, participant, _kind, topic) => {
            // Only agents (participants whose token a worker or the backend minted as such) speak for agents.
            if (topic !== EVENT_FEED_TOPIC || participant?.kind !== ParticipantKind.AGENT)
                return;
            const record = readFeedRecord(payload);
            if (record)
                this.#record(participant, record);
        });
        room.on(RoomEvent.ParticipantConnected, (participant) => this.#seen(participant));
        room.on(RoomEvent.ParticipantAttributesChanged, (_changed, participant) => this.#seen(participant));
        room.on(RoomEvent.ParticipantDisconnected, (participant) => {
            const agent = this.#agents.get(participant.identity);
            if (!agent)
                return;
            this.#agents.delete(participant.identity);
            this.#emitOwn(agent, 'agent_left', {});
        });
        room.on(RoomEvent.Disconnected, (reason) => {
            if (!this.#closed)
                void this.close(`disconnected by the server (${reason})`);
        });
        await room.connect(url, token, { autoSubscribe: false, dynacast: false });
        for (const participant of room.remoteParticipants.values())
            this.#seen(participant);
    }
    /** The agents in the room now. */
    get agents() {
        return [...this.#agents.values()];
    }
    #seen(participant) {
        const name = agentOf(participant);
        if (!name)
            return;
        let agent = this.#agents.get(participant.identity);
        if (!agent) {
            agent = { identity: participant.identity, agent: name, state: undefined, floor: undefined };
            this.#agents.set(participant.identity, agent);
            this.#emitOwn(agent, 'agent_joined', {});
        }
        agent.state = participant.attributes[AGENT_STATE_ATTRIBUTE] ?? agent.state;
    }
    #record(participant, record) {
        this.#seen(participant);
        const agent = this.#agents.get(participant.identity);
        if (agent && record.type === HEARTBEAT) {
            const heartbeat = heartbeatSchema.safeParse(record.data);
            if (heartbeat.success)
                Object.assign(agent, heartbeat.data);
            return;
        }
        const data = record.data;
        if (agent && record.type === 'state' && typeof data?.state === 'string')
            agent.state = data.state;
        if (agent && record.type === 'floor' && typeof data?.policy === 'string')
            agent.floor = data.policy;
        this.emit('event', {
            room: this.room,
            agent: record.agent,
            identity: participant.identity,
            seq: record.seq,
            at: record.at,
            type: record.type,
            data: record.data,
        });
    }
    #emitOwn(agent, type, data) {
        this.emit('event', {
            room: this.room,
            agent: agent.agent,
            identity: agent.identity,
            at: Date.now(),
            type,
            data,
        });
    }
    async close(reason = 'closed') {
        if (this.#closed)
            return;
        this.#closed = true;
        await this.#livekit
            .disconnect()
            .catch((error) => this.#logger.debug({ err: error }, 'leave failed'));
        this.emit('closed', { reason });
    }
}
//# sourceMappingURL=room-follower.js.map