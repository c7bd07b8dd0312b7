// Embedding without the HTTP layer: one object a product's Node backend holds to load its agent
// definitions (and, through them, its plugins), start a worker, mint tokens that bring an agent, dispatch
// and remove agents, switch a floor, and follow a room's events — the same parts the HTTP API is made of.
import { switchFloor } from './api/room-floor.js';
import { RoomFollower as Follower } from './api/room-follower.js';
import { agentsDirFromEnv, DEFAULT_DEFINITION, loadCatalog, } from './dispatch/agent-catalog.js';
import { credentialsFromEnv } from './dispatch/credentials.js';
import { DEFAULT_DISPATCH_GRACE_MS, Dispatcher } from './dispatch/dispatcher.js';
import { serverApi } from './dispatch/server-api.js';
import { participantToken, tokenBringingAgent } from './dispatch/tokens.js';
import { DEFAULT_AGENT_NAME, startWorker, workerOptionsFromEnv, } from './dispatch/worker.js';
import { DEFAULT_OBSERVER_IDENTITY } from './room/event-feed.js';
import { log } from './telemetry/log.js';
export async function createRoomvoice(options = {}) {
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
        startWorker: (overrides = {}) => startWorker({
            ...workerOptionsFromEnv(credentials),
            agentName: naming.generalName,
            defaultAgent: naming.fallback,
            agentsDir: catalog.dir,
            definitions: catalog.definitions.map((loaded) => loaded.definition.name),
            ...overrides,
        }),
        async token({ agent, ...token }) {
            if (!agent)
                return participantToken(credentials, token);
            return (await tokenBringingAgent(credentials, dispatcher, { ...token, agentName: agent }, 'embed'))
                .token;
        },
        dispatch: (room, agent) => dispatcher.ensure(room, agent, 'embed'),
        dispatches: (room) => dispatcher.list(room),
        remove: (room, agent) => dispatcher.remove(room, agent),
        setFloor: (room, policy, agent) => switchFloor(api, naming, room, policy, agent),
        follow: (room) => Follower.join({ credentials, room, observer: options.observer ?? DEFAULT_OBSERVER_IDENTITY, logger }),
    };
}
//# sourceMappingURL=embed.js.map