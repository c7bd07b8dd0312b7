// The peer's worker process: LiveKit's `AgentServer` with its production settings (pre-started idle job
// processes, one process per job, its inference process), registered on the bench's server as
// `bench-peer` and running peer-agent.ts for each dispatch. One setting differs: LiveKit's load function
// is machine-wide CPU, which on a shared two-core machine would turn jobs away, so load is counted in
// jobs, as this project's worker does. Tells the bench over IPC when it has registered.
import { fileURLToPath } from 'node:url';
import { AgentServer, initializeLogger, ServerOptions } from '@livekit/agents';
import { PEER_AGENT_NAME } from './bench-roles.js';
const MAX_JOBS = 1_000;
initializeLogger({ pretty: false, level: process.env.LOG_LEVEL ?? 'warn' });
const server = new AgentServer(new ServerOptions({
    agent: fileURLToPath(new URL('./peer-agent.ts', import.meta.url)),
    agentName: PEER_AGENT_NAME,
    wsURL: process.env.LIVEKIT_URL,
    apiKey: process.env.LIVEKIT_API_KEY,
    apiSecret: process.env.LIVEKIT_API_SECRET,
    host: '127.0.0.1',
    port: 0,
    production: true,
    loadFunc: async (worker) => worker.activeJobs.length / MAX_JOBS,
    loadThreshold: 1,
}));
server.event.once('worker_registered', () => process.send?.({ type: 'registered' }));
const stop = () => void server.close().finally(() => process.exit(0));
process.once('SIGTERM', stop);
process.once('disconnect', stop);
await server.run();
//# sourceMappingURL=peer-worker.js.map