// The reconciling sweep: every interval it reads every room on the server and repairs what events alone
// would miss. An agent whose job died (its worker was killed, its machine lost) leaves a dispatch with no
// agent in the room once LiveKit drops the dead participant: the sweep dispatches it again (with backoff
// per room and agent) while people are still there. Duplicate dispatches left beside a present agent are
// removed. Rules whose webhooks never arrived fire (room-triggers.ts). An agent that ended on its own has
// had its dispatch withdrawn by its worker (worker.ts), so the sweep does not bring it back.
import type { ParticipantInfo } from 'livekit-server-sdk';
import type { Logger } from '../telemetry/log.js';
import { TypedEmitter } from '../typed-emitter.js';
import { serverKind } from './dispatch-rules.js';
import type { Dispatcher } from './dispatcher.js';
import { type AgentNaming, type RoomAgentFacts, type RoomDispatch, readRoomAgents } from './room-agents.js';
import type { RoomTriggers } from './room-triggers.js';
import type { ServerApi } from './server-api.js';

export interface ReconcilerOptions {
  api: ServerApi;
  dispatcher: Dispatcher;
  triggers: RoomTriggers;
  naming: AgentNaming;
  intervalMs: number;
  graceMs: number;
  logger: Logger;
}

/** What one sweep did. */
export interface SweepReport {
  rooms: number;
  /** Agents dispatched again after their job died. */
  recovered: { room: string; agent: string }[];
  /** Leftover duplicate dispatches removed. */
  removed: string[];
}

/** Rooms read at once by a sweep. */
const CONCURRENCY = 4;
const MAX_BACKOFF_MS = 5 * 60_000;

interface Backoff {
  attempts: number;
  nextMs: number;
}

/** People in the room: visible participants that are not agents. */
function hasPeople(participants: readonly ParticipantInfo[]): boolean {
  return participants.some(
    (participant) => !participant.permission?.hidden && serverKind(participant.kind) !== 'agent',
  );
}

export interface ReconcilerEvents {
  /** A room as one sweep saw it: how many agent participants it has. */
  room: { room: string; agents: number };
}

export class Reconciler extends TypedEmitter<ReconcilerEvents> {
  readonly #options: ReconcilerOptions;
  readonly #backoff = new Map<string, Backoff>();
  #timer: NodeJS.Timeout | undefined;
  #running: Promise<SweepReport> | undefined;

  constructor(options: ReconcilerOptions) {
    super(() => options.logger);
    this.#options = options;
  }

  start(): void {
    const tick = () => {
      void this.sweep()
        .catch((error: unknown) => this.#options.logger.warn({ err: error }, 'sweep failed'))
        .finally(() => {
          if (this.#timer) this.#timer = setTimeout(tick, this.#options.intervalMs);
        });
    };
    this.#timer = setTimeout(tick, this.#options.intervalMs);
  }

  async close(): Promise<void> {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    await this.#running?.catch(() => undefined);
  }

  /** One sweep over every room; concurrent calls share it. */
  sweep(): Promise<SweepReport> {
    this.#running ??= this.#sweep().finally(() => {
      this.#running = undefined;
    });
    return this.#running;
  }

  async #sweep(): Promise<SweepReport> {
    const { api, triggers } = this.#options;
    const rooms = await api.rooms.listRooms();
    triggers.keepOnly(new Set(rooms.map((room) => room.sid)));
    const names = new Set(rooms.map((room) => room.name));
    for (const key of this.#backoff.keys())
      if (!names.has(key.split('\u0000')[0]!)) this.#backoff.delete(key);
    const report: SweepReport = { rooms: rooms.length, recovered: [], removed: [] };
    const queue = [...rooms];
    const worker = async () => {
      for (let room = queue.shift(); room; room = queue.shift()) {
        try {
          const [dispatches, participants] = await Promise.all([
            api.dispatches.listDispatch(room.name),
            api.rooms.listParticipants(room.name),
          ]);
          const facts = readRoomAgents(
            dispatches,
            participants,
            this.#options.naming,
            Date.now(),
            this.#options.graceMs,
          );
          await this.#repair(room.name, facts, hasPeople(participants), report);
          this.emit('room', { room: room.name, agents: [...facts.agents.values()].flat().length });
          await triggers.sweepRoom(room, participants);
        } catch (error) {
          // The room closed while being read, or the server hiccuped: the next sweep looks again.
          this.#options.logger.debug({ err: error, room: room.name }, 'room not swept');
        }
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    if (report.recovered.length > 0 || report.removed.length > 0)
      this.#options.logger.info(report, 'sweep repaired rooms');
    return report;
  }

  async #repair(room: string, facts: RoomAgentFacts, people: boolean, report: SweepReport): Promise<void> {
    const byAgent = new Map<string, RoomDispatch[]>();
    for (const dispatch of facts.dispatches) {
      if (!dispatch.agent || !this.#options.dispatcher.catalog.get(dispatch.agent)) continue;
      byAgent.set(dispatch.agent, [...(byAgent.get(dispatch.agent) ?? []), dispatch]);
    }
    for (const [agent, dispatches] of byAgent) {
      const backoffKey = `${room}\u0000${agent}`;
      const present =
        (facts.agents.get(agent)?.length ?? 0) > 0 ||
        dispatches.some((dispatch) => dispatch.standing === 'present');
      if (present) {
        this.#backoff.delete(backoffKey);
        // Beside the dispatch the agent came by, every other one is a duplicate (stale, or one whose job
        // will be declined); without knowing which it came by, only the stale ones are.
        const known = dispatches.some((dispatch) => dispatch.standing === 'present');
        const leftovers = dispatches.filter((dispatch) =>
          known ? dispatch.standing !== 'present' : dispatch.standing === 'stale',
        );
        await this.#options.dispatcher.withdraw(leftovers);
        report.removed.push(...leftovers.map((dispatch) => dispatch.id));
        continue;
      }
      if (!people || dispatches.some((dispatch) => dispatch.standing === 'starting')) continue;
      // Every dispatch is stale and no agent is here: its job died. Bring it back, with backoff.
      const now = Date.now();
      const backoff = this.#backoff.get(backoffKey) ?? { attempts: 0, nextMs: 0 };
      if (now < backoff.nextMs) continue;
      this.#backoff.set(backoffKey, {
        attempts: backoff.attempts + 1,
        nextMs: now + Math.min(MAX_BACKOFF_MS, this.#options.graceMs * 2 ** backoff.attempts),
      });
      this.#options.logger.warn(
        { room, agent, attempt: backoff.attempts + 1 },
        'agent lost; dispatching it again',
      );
      await this.#options.dispatcher.ensure(room, agent, 'sweep');
      report.recovered.push({ room, agent });
    }
  }
}
