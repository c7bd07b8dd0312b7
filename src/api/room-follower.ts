// Following a room from outside it: a hidden participant with the observer identity that reads the
// agents' event feed (room/event-feed.ts), knows which agents are in the room with their state and floor,
// and reports agents joining and leaving. The API's SSE streams and outgoing webhooks, and embedding code,
// read rooms through it. (Switching the floor needs no presence: room-floor.ts.)
import {
  type Participant,
  ParticipantKind,
  type RemoteParticipant,
  Room,
  RoomEvent,
} from '@livekit/rtc-node';
import { AccessToken } from 'livekit-server-sdk';
import type { LiveKitCredentials } from '../dispatch/credentials.js';
import { AGENT_DEFINITION_ATTRIBUTE, LIVEKIT_AGENT_NAME_ATTRIBUTE } from '../dispatch/room-agents.js';
import { AGENT_STATE_ATTRIBUTE } from '../room/agent-state.js';
import {
  DEFAULT_OBSERVER_IDENTITY,
  EVENT_FEED_TOPIC,
  type FeedRecord,
  HEARTBEAT,
  heartbeatSchema,
  readFeedRecord,
} from '../room/event-feed.js';
import type { Logger } from '../telemetry/log.js';
import { TypedEmitter } from '../typed-emitter.js';

/** One event of a followed room: an agent's feed record, or the follower's own news about agents. */
export interface RoomEventRecord {
  room: string;
  /** The agent's definition name. */
  agent: string;
  /** The agent participant's identity. */
  identity: string;
  /** The agent's own sequence number (absent for agent_joined / agent_left, which the follower makes). */
  seq?: number;
  /** Milliseconds since the epoch. */
  at: number;
  type: string;
  data: unknown;
}

export interface FollowedAgent {
  identity: string;
  agent: string;
  state: string | undefined;
  floor: string | undefined;
}

export interface RoomFollowerEvents {
  event: RoomEventRecord;
  /** The follower left the room (closed, or disconnected by the server). */
  closed: { reason: string };
}

export interface FollowOptions {
  credentials: LiveKitCredentials;
  room: string;
  /** Default roomvoice-observer: the identity the agents' feed is addressed to. */
  observer?: string;
  logger: Logger;
}

function agentOf(participant: Participant): string | undefined {
  if ((participant as RemoteParticipant).kind !== ParticipantKind.AGENT) return undefined;
  return (
    participant.attributes[AGENT_DEFINITION_ATTRIBUTE] ?? participant.attributes[LIVEKIT_AGENT_NAME_ATTRIBUTE]
  );
}

export class RoomFollower extends TypedEmitter<RoomFollowerEvents> {
  readonly room: string;
  readonly #livekit = new Room();
  readonly #logger: Logger;
  readonly #agents = new Map<string, FollowedAgent>();
  #closed = false;

  private constructor(room: string, logger: Logger) {
    super(() => logger);
    this.room = room;
    this.#logger = logger;
  }

  /** Joins `room` as the hidden observer. The room must exist (joining would otherwise create it). */
  static async join(options: FollowOptions): Promise<RoomFollower> {
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

  async #connect(url: string, token: string): Promise<void> {
    const room = this.#livekit;
    room.on(RoomEvent.DataReceived, (payload, participant, _kind, topic) => {
      // Only agents (participants whose token a worker or the backend minted as such) speak for agents.
      if (topic !== EVENT_FEED_TOPIC || participant?.kind !== ParticipantKind.AGENT) return;
      const record = readFeedRecord(payload);
      if (record) this.#record(participant, record);
    });
    room.on(RoomEvent.ParticipantConnected, (participant) => this.#seen(participant));
    room.on(RoomEvent.ParticipantAttributesChanged, (_changed, participant) => this.#seen(participant));
    room.on(RoomEvent.ParticipantDisconnected, (participant) => {
      const agent = this.#agents.get(participant.identity);
      if (!agent) return;
      this.#agents.delete(participant.identity);
      this.#emitOwn(agent, 'agent_left', {});
    });
    room.on(RoomEvent.Disconnected, (reason) => {
      if (!this.#closed) void this.close(`disconnected by the server (${reason})`);
    });
    await room.connect(url, token, { autoSubscribe: false, dynacast: false });
    for (const participant of room.remoteParticipants.values()) this.#seen(participant);
  }

  /** The agents in the room now. */
  get agents(): FollowedAgent[] {
    return [...this.#agents.values()];
  }

  #seen(participant: Participant): void {
    const name = agentOf(participant);
    if (!name) return;
    let agent = this.#agents.get(participant.identity);
    if (!agent) {
      agent = { identity: participant.identity, agent: name, state: undefined, floor: undefined };
      this.#agents.set(participant.identity, agent);
      this.#emitOwn(agent, 'agent_joined', {});
    }
    agent.state = participant.attributes[AGENT_STATE_ATTRIBUTE] ?? agent.state;
  }

  #record(participant: RemoteParticipant, record: FeedRecord): void {
    this.#seen(participant);
    const agent = this.#agents.get(participant.identity);
    if (agent && record.type === HEARTBEAT) {
      const heartbeat = heartbeatSchema.safeParse(record.data);
      if (heartbeat.success) Object.assign(agent, heartbeat.data);
      return;
    }
    const data = record.data as { state?: string; policy?: string };
    if (agent && record.type === 'state' && typeof data?.state === 'string') agent.state = data.state;
    if (agent && record.type === 'floor' && typeof data?.policy === 'string') agent.floor = data.policy;
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

  #emitOwn(agent: FollowedAgent, type: string, data: unknown): void {
    this.emit('event', {
      room: this.room,
      agent: agent.agent,
      identity: agent.identity,
      at: Date.now(),
      type,
      data,
    });
  }

  async close(reason = 'closed'): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    await this.#livekit
      .disconnect()
      .catch((error: unknown) => this.#logger.debug({ err: error }, 'leave failed'));
    this.emit('closed', { reason });
  }
}
