// Embedding without the HTTP layer: one object a product's Node backend holds to load its agent
// definitions (and, through them, its plugins), start a worker, mint tokens that bring an agent, dispatch
// and remove agents, switch a floor, and follow a room's events — the same parts the HTTP API is made of.

import { type FloorSwitch, switchFloor } from './api/room-floor.js';
import { RoomFollower as Follower, type RoomFollower } from './api/room-follower.js';
import {
  type AgentCatalog,
  agentsDirFromEnv,
  DEFAULT_DEFINITION,
  loadCatalog,
} from './dispatch/agent-catalog.js';
import { credentialsFromEnv, type LiveKitCredentials } from './dispatch/credentials.js';
import { DEFAULT_DISPATCH_GRACE_MS, Dispatcher, type DispatchOutcome } from './dispatch/dispatcher.js';
import type { AgentNaming, RoomDispatch } from './dispatch/room-agents.js';
import { type ServerApi, serverApi } from './dispatch/server-api.js';
import { type ParticipantTokenOptions, participantToken, tokenBringingAgent } from './dispatch/tokens.js';
import {
  DEFAULT_AGENT_NAME,
  type RunningWorker,
  startWorker,
  type WorkerOptions,
  workerOptionsFromEnv,
} from './dispatch/worker.js';
import { DEFAULT_OBSERVER_IDENTITY } from './room/event-feed.js';
import { type Logger, log } from './telemetry/log.js';

export interface RoomvoiceOptions {
  /** The LiveKit server (default: LIVEKIT_URL, LIVEKIT_API_KEY, LIVEKIT_API_SECRET). */
  credentials?: LiveKitCredentials;
  /** The folder of agent definitions (default: AGENTS_DIR, else the package's agents/). */
  agentsDir?: string;
  /** The worker's general name and the definition it runs without metadata (default roomvoice, echo). */
  naming?: AgentNaming;
  /** The identity agents address their event feed to (default roomvoice-observer). */
  observer?: string;
  logger?: Logger;
}

export interface Roomvoice {
  readonly credentials: LiveKitCredentials;
  readonly catalog: AgentCatalog;
  readonly dispatcher: Dispatcher;
  readonly api: ServerApi;
  /** Registers a worker under the general name and every definition's name (job processes read LIVEKIT_* too). */
  startWorker(options?: Partial<WorkerOptions>): Promise<RunningWorker>;
  /** A participant token; with `agent`, joining brings that agent (also into a room that already exists). */
  token(options: ParticipantTokenOptions & { agent?: string }): Promise<string>;
  /** Puts `agent` into `room` unless it is there or on its way. */
  dispatch(room: string, agent: string): Promise<DispatchOutcome>;
  /** The room's dispatches (undefined: no such room). */
  dispatches(room: string): Promise<RoomDispatch[] | undefined>;
  /** Removes `agent` from `room`; returns the dispatch ids deleted. */
  remove(room: string, agent: string): Promise<string[]>;
  setFloor(room: string, policy: string, agent?: string): Promise<FloorSwitch>;
  /** Joins the room as the hidden observer and reports its agents' events (`follower.on('event', ...)`). */
  follow(room: string): Promise<RoomFollower>;
}

export async function createRoomvoice(options: RoomvoiceOptions = {}): Promise<Roomvoice> {
  const credentials = options.credentials ?? credentialsFromEnv();
  const logger = options.logger ?? log();
  const catalog = await loadCatalog(options.agentsDir ?? agentsDirFromEnv());
  const naming = options.naming ?? { generalName: DEFAULT_AGENT_NAME, fallback: DEFAULT_DEFINITION };
  const api = serverApi(credentials);
  const dispatcher = new Dispatcher({ api, catalog, naming, graceMs: DEFAULT_DISPATCH_GRACE_MS, logger });
  return {
    credentials,
    catalog,
    dispatcher,
    api,
    startWorker: (overrides = {}) =>
      startWorker({
        ...workerOptionsFromEnv(credentials),
        agentName: naming.generalName,
        defaultAgent: naming.fallback,
        agentsDir: catalog.dir,
        definitions: catalog.definitions.map((loaded) => loaded.definition.name),
        ...overrides,
      }),
    async token({ agent, ...token }) {
      if (!agent) return participantToken(credentials, token);
      return (await tokenBringingAgent(credentials, dispatcher, { ...token, agentName: agent }, 'embed'))
        .token;
    },
    dispatch: (room, agent) => dispatcher.ensure(room, agent, 'embed'),
    dispatches: (room) => dispatcher.list(room),
    remove: (room, agent) => dispatcher.remove(room, agent),
    setFloor: (room, policy, agent) => switchFloor(api, naming, room, policy, agent),
    follow: (room) =>
      Follower.join({ credentials, room, observer: options.observer ?? DEFAULT_OBSERVER_IDENTITY, logger }),
  };
}
