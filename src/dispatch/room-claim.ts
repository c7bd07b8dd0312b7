// The last word on "one agent per definition per room": before a worker accepts a job it reads the
// room (its dispatches and participants, from the server API) and declines when an agent of that
// definition is already there or an older dispatch owns the room (room-agents.ts). This holds whatever
// route created the duplicate (the API, a token's room, a rule, a direct CreateDispatch), however many
// API instances race, and on every worker of a cluster, since all of them apply the same owner rule to
// the same server state. A declined duplicate's dispatch is withdrawn so listings stay truthful.
import type { Logger } from '../telemetry/log.js';
import type { DispatchTarget } from './agent-catalog.js';
import {
  type AgentNaming,
  type ClaimDecision,
  claimDecision,
  dispatchDefinition,
  readRoomAgents,
} from './room-agents.js';
import { readRoom, type ServerApi } from './server-api.js';

/** The parts of a job offer (livekit.Job) a claim reads. */
export interface JobOffer extends DispatchTarget {
  id: string;
  dispatchId: string;
  room?: { name: string };
}

export type JobClaim =
  | (ClaimDecision & { join: true; agent: string | undefined })
  | (ClaimDecision & { join: false });

export class RoomClaims {
  readonly #api: ServerApi;
  readonly #naming: AgentNaming;
  readonly #graceMs: number;
  readonly #logger: Logger;

  constructor(api: ServerApi, naming: AgentNaming, graceMs: number, logger: Logger) {
    this.#api = api;
    this.#naming = naming;
    this.#graceMs = graceMs;
    this.#logger = logger;
  }

  /** Whether this job may join its room. A failed read lets it join (a missing agent is worse). */
  async decide(job: JobOffer): Promise<JobClaim> {
    const agent = dispatchDefinition(job, this.#naming);
    const room = job.room?.name;
    // Metadata the job will refuse, or a job with no room: let the job report it.
    if (!agent || !room) return { join: true, agent };
    try {
      const read = await readRoom(this.#api, room);
      if (!read) return { join: true, agent };
      const facts = readRoomAgents(
        read.dispatches,
        read.participants,
        this.#naming,
        Date.now(),
        this.#graceMs,
      );
      const decision = claimDecision(facts, agent, job.dispatchId);
      return decision.join ? { join: true, agent } : decision;
    } catch (error) {
      this.#logger.warn({ err: error, room, agent }, 'could not read the room before joining; joining');
      return { join: true, agent };
    }
  }

  /** Removes a declined duplicate's dispatch, once LiveKit is done offering it (never awaited in the offer). */
  withdraw(job: JobOffer): void {
    const room = job.room?.name;
    if (!room || !job.dispatchId) return;
    this.#api.dispatches
      .deleteDispatch(job.dispatchId, room)
      .then(() => this.#logger.info({ room, dispatch: job.dispatchId }, 'duplicate dispatch withdrawn'))
      .catch((error: unknown) =>
        this.#logger.debug({ err: error, room, dispatch: job.dispatchId }, 'duplicate dispatch already gone'),
      );
  }
}
