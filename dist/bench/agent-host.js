// A bench child process that runs many rooms' agents in one process, as told over IPC: `project` rooms
// run this project's agent with `runAgent` on an rtc-node Room joined with an agent token, every room on
// the one engine the bench started; `floor` rooms run the bare floor agent. It stands in for the dense
// job host until that lands (then the project's rooms come from LiveKit dispatches to the real worker).
//   node --import tsx src/bench/agent-host.ts project|floor     (ENGINE_URL: the engine's realtime URL)
import { fileURLToPath } from 'node:url';
import { dispose, Room } from '@livekit/rtc-node';
import { pino } from 'pino';
import { z } from 'zod';
import { runAgent } from '../relay/run-agent.js';
import { setLogger } from '../telemetry/log.js';
import { serveProcessMetrics } from '../telemetry/metrics-endpoint.js';
import { benchDefinition } from './bench-agents.js';
import { runFloorAgent } from './floor-agent.js';
import { hostCommandSchema } from './host-protocol.js';
const PROJECT_DIR = fileURLToPath(new URL('../../', import.meta.url));
const kind = z.enum(['project', 'floor']).parse(process.argv[2]);
const engineUrl = z.string().min(1).parse(process.env.ENGINE_URL);
const logger = pino({ level: process.env.LOG_LEVEL ?? 'warn', base: { host: kind } });
setLogger(logger);
const rooms = new Map();
const report = (message) => process.send?.(message);
async function join(command) {
    const room = new Room();
    await room.connect(command.url, command.token, { autoSubscribe: true, dynacast: false });
    const engine = command.engineUrl ?? engineUrl;
    const agent = kind === 'project'
        ? await runAgent(room, benchDefinition(command.role), {
            logger: logger.child({ room: command.room }),
            projectDir: PROJECT_DIR,
            engineUrl: engine,
        })
        : await runFloorAgent(room, engine);
    rooms.set(command.room, { room, agent });
    if ('ended' in agent)
        void agent.ended.then(() => leave(command.room));
}
async function leave(name) {
    const entry = rooms.get(name);
    if (!entry)
        return;
    rooms.delete(name);
    await entry.agent.close();
    await entry.room.disconnect();
}
process.on('message', (message) => {
    const parsed = hostCommandSchema.safeParse(message);
    if (!parsed.success) {
        logger.error({ message }, `agent host: bad command: ${z.prettifyError(parsed.error)}`);
        return;
    }
    const command = parsed.data;
    const done = command.type === 'join'
        ? join(command).then(() => report({ type: 'joined', room: command.room }))
        : leave(command.room).then(() => report({ type: 'left', room: command.room }));
    done.catch((error) => report({ type: 'failed', room: command.room, message: error.message }));
});
const stop = async () => {
    for (const name of [...rooms.keys()])
        await leave(name).catch(() => undefined);
    await dispose();
    process.exit(0);
};
process.once('SIGTERM', () => void stop());
process.once('disconnect', () => void stop());
if (kind === 'project')
    await serveProcessMetrics(logger);
report({ type: 'ready' });
//# sourceMappingURL=agent-host.js.map