// One bench room: created on the server with its talkers and a listener in it, and its turns: a talker
// says a clip, and the listener times the first loud frame of the agent's answer against the end of the
// speech on the wire. The agent is placed by whichever fleet the suite measures.
import type { BenchLiveKit } from './bench-livekit.js';
import { type AgentRole, TALKER_PREFIX } from './bench-roles.js';
import type { AgentFleet } from './fleets.js';
import { Listener, Talker } from './room-participants.js';
import type { SpokenClip } from './speech-source.js';

/** The agent counts as done answering after this much quiet. */
const QUIET_MS = 300;

export interface TurnTiming {
  /** When the speech ended on the wire (performance.now()). */
  speechEndAt: number;
  /** When the listener heard the answer's first loud frame (NaN when no answer came in time). */
  heardAt: number;
  /** When the listener saw `lk.agent.state` become speaking for this answer (NaN if it did not). */
  speakingStateAt: number;
}

export class BenchRoom {
  readonly name: string;
  readonly talkers: Talker[];
  readonly listener: Listener;
  readonly #livekit: BenchLiveKit;

  private constructor(livekit: BenchLiveKit, name: string, talkers: Talker[], listener: Listener) {
    this.#livekit = livekit;
    this.name = name;
    this.talkers = talkers;
    this.listener = listener;
  }

  /** Creates `name` with `talkers` talkers (talker-1, talker-2, …) and a listener in it. */
  static async open(livekit: BenchLiveKit, name: string, talkers = 1): Promise<BenchRoom> {
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
  async turn(clip: SpokenClip, talker = 0, timeoutMs = 15_000): Promise<TurnTiming> {
    await this.listener.quiet(QUIET_MS);
    const speechEndAt = await this.talkers[talker]!.say(clip);
    const heardAt = await this.listener.heardAfter(speechEndAt, timeoutMs);
    if (!Number.isNaN(heardAt)) await this.listener.quiet(QUIET_MS);
    return { speechEndAt, heardAt, speakingStateAt: this.listener.stateAt('speaking', speechEndAt) };
  }

  async close(): Promise<void> {
    await Promise.all(
      [...this.talkers, this.listener].map((person) => person.leave().catch(() => undefined)),
    );
    await this.#livekit.rooms.deleteRoom(this.name).catch(() => undefined);
  }
}

/** Opens `name` with its people, places `fleet`'s agent with `role` in it and waits until it is heard. */
export async function openAgentRoom(
  livekit: BenchLiveKit,
  fleet: AgentFleet,
  name: string,
  options: { role: AgentRole; talkers?: number; joinTimeoutMs?: number },
): Promise<BenchRoom> {
  const room = await BenchRoom.open(livekit, name, options.talkers ?? 1);
  try {
    await fleet.place(name, options.role, room.talkers[0]!.identity);
    await room.listener.agentTrack(options.joinTimeoutMs ?? 60_000);
    return room;
  } catch (error) {
    // An agent still on its way in would otherwise join later and load every level after this one.
    await fleet.remove(name).catch(() => undefined);
    await room.close();
    const reason = fleet.failure(name);
    throw new Error(`the ${fleet.name} agent did not join ${name}: ${reason ?? (error as Error).message}`);
  }
}

/** Takes the agent out of the room, then closes it. */
export async function closeAgentRoom(fleet: AgentFleet, room: BenchRoom): Promise<void> {
  await fleet.remove(room.name).catch(() => undefined);
  await room.close();
}
