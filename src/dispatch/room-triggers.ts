// What brings an agent into a room without a call to the API: a definition's own rules (when the room
// starts, or when the first participant it admits joins), and participant tokens that asked for an agent
// but that LiveKit would ignore because the room already existed (livekit/livekit#4390: a token's room
// configuration only applies when its join creates the room). LiveKit webhooks drive it; the reconciling
// sweep replays what a missed webhook would have done. A rule fires once per room instance (room sid), so
// an agent that chose to leave is not brought back by the next person joining.
import type { ParticipantInfo, Room, WebhookEvent } from 'livekit-server-sdk';
import type { Logger } from '../telemetry/log.js';
import type { AgentCatalog } from './agent-catalog.js';
import { firesOnParticipant, firesOnRoomStart, type RoomFacts, serverKind } from './dispatch-rules.js';
import type { Dispatcher } from './dispatcher.js';

interface Expectation {
  agent: string;
  untilMs: number;
}

/** How a rule fired: by a LiveKit webhook, or by the sweep making up for one that never came. */
type RuleRoute = 'rule' | 'sweep';

const key = (room: string, identity: string) => `${room}\u0000${identity}`;

export class RoomTriggers {
  readonly #dispatcher: Dispatcher;
  readonly #logger: Logger;
  /** Per room instance (sid), the definitions whose rule has fired. */
  readonly #fired = new Map<string, Set<string>>();
  /** Token holders expected to bring an agent, by room and identity. */
  readonly #expected = new Map<string, Expectation>();

  constructor(dispatcher: Dispatcher, logger: Logger) {
    this.#dispatcher = dispatcher;
    this.#logger = logger;
  }

  get #catalog(): AgentCatalog {
    return this.#dispatcher.catalog;
  }

  /** A token was minted for `identity` in `room` asking for `agent`: dispatch it when they join. */
  expectFromToken(room: string, identity: string, agent: string, ttlMs: number): void {
    const now = Date.now();
    for (const [entry, expectation] of this.#expected)
      if (expectation.untilMs < now) this.#expected.delete(entry);
    this.#expected.set(key(room, identity), { agent, untilMs: now + ttlMs });
  }

  /** Acts on one verified, first-seen LiveKit webhook. */
  async onWebhook(event: WebhookEvent): Promise<void> {
    const room = event.room;
    if (!room) return;
    switch (event.event) {
      case 'room_started':
        await this.#roomStarted(room, 'rule');
        return;
      case 'participant_joined':
        if (event.participant) await this.#participantJoined(room, event.participant, 'rule');
        return;
      case 'room_finished':
        this.#fired.delete(room.sid);
        return;
      default:
        return;
    }
  }

  /** What the sweep sees of a room: fires what the webhooks would have. */
  async sweepRoom(room: Room, participants: readonly ParticipantInfo[]): Promise<void> {
    await this.#roomStarted(room, 'sweep');
    for (const participant of participants) await this.#participantJoined(room, participant, 'sweep');
  }

  /** Forgets rooms that no longer exist (by sid). */
  keepOnly(sids: ReadonlySet<string>): void {
    for (const sid of this.#fired.keys()) if (!sids.has(sid)) this.#fired.delete(sid);
  }

  /** `route`: a webhook fires a rule as `rule`; the sweep, making up for a missed one, as `sweep`. */
  async #roomStarted(room: Room, route: RuleRoute): Promise<void> {
    const facts: RoomFacts = { name: room.name, metadata: room.metadata };
    await Promise.all(
      this.#catalog.definitions
        .filter((loaded) => firesOnRoomStart(loaded.definition, facts))
        .map((loaded) => this.#fire(room, loaded.definition.name, route)),
    );
  }

  async #participantJoined(room: Room, participant: ParticipantInfo, route: RuleRoute): Promise<void> {
    // Hidden participants (recorders, the API's own observer) call for nobody.
    if (participant.permission?.hidden) return;
    const facts: RoomFacts = { name: room.name, metadata: room.metadata };
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

  async #fire(room: Room, agent: string, route: RuleRoute): Promise<void> {
    let fired = this.#fired.get(room.sid);
    if (!fired) {
      fired = new Set();
      this.#fired.set(room.sid, fired);
    }
    if (fired.has(agent)) return;
    fired.add(agent);
    // A failed dispatch leaves the rule unfired, so the next sweep tries again.
    if (!(await this.#ensure(room.name, agent, route))) fired.delete(agent);
  }

  async #ensure(room: string, agent: string, route: RuleRoute | 'token'): Promise<boolean> {
    try {
      await this.#dispatcher.ensure(room, agent, route);
      return true;
    } catch (error) {
      this.#logger.warn({ err: error, room, agent, route }, 'could not dispatch the agent');
      return false;
    }
  }
}
