// A bench child process that runs many rooms' agents in one process, as told over IPC: `project` rooms
// run this project's agent with `runAgent` on an rtc-node Room joined with an agent token, every room on
// the one engine the bench started; `floor` rooms run the bare floor agent. It stands in for the dense
// job host until that lands (then the project's rooms come from LiveKit dispatches to the real worker).
//   node --import tsx src/bench/agent-host.ts project|floor     (ENGINE_URL: the engine's realtime URL)
import { fileURLToPath } from 'node:url';
import { dispose, Room } from '@livekit/rtc-node';
import { pino } from 'pino';
import { z } from 'zod';
import { type RunningAgent, runAgent } from '../relay/run-agent.js';
import { setLogger } from '../telemetry/log.js';
import { serveProcessMetrics } from '../telemetry/metrics-endpoint.js';
import { benchDefinition } from './bench-agents.js';
import { type FloorAgent, runFloorAgent } from './floor-agent.js';
import { type HostCommand, type HostReport, hostCommandSchema } from './host-protocol.js';

const PROJECT_DIR = fileURLToPath(new URL('../../', import.meta.url));

const kind = z.enum(['project', 'floor']).parse(process.argv[2]);
const engineUrl = z.string().min(1).parse(process.env.ENGINE_URL);
const logger = pino({ level: process.env.LOG_LEVEL ?? 'warn', base: { host: kind } });
setLogger(logger);

const rooms = new Map<string, { room: Room; agent: RunningAgent | FloorAgent }>();
/** Rooms being joined now, and those of them told to leave meanwhile (they leave once joined). */
const joining = new Set<string>();
const leaveOnceJoined = new Set<string>();
const report = (message: HostReport) => process.send?.(message);

async function join(command: Extract<HostCommand, { type: 'join' }>): Promise<void> {
  joining.add(command.room);
  try {
    await joinRoom(command);
  } catch (error) {
    leaveOnceJoined.delete(command.room);
    throw error;
  } finally {
    joining.delete(command.room);
  }
  if (leaveOnceJoined.delete(command.room)) await leave(command.room);
}

async function joinRoom(command: Extract<HostCommand, { type: 'join' }>): Promise<void> {
  const room = new Room();
  await room.connect(command.url, command.token, { autoSubscribe: true, dynacast: false });
  const engine = command.engineUrl ?? engineUrl;
  const agent =
    kind === 'project'
      ? await runAgent(room, benchDefinition(command.role), {
          logger: logger.child({ room: command.room }),
          projectDir: PROJECT_DIR,
          engineUrl: engine,
        })
      : await runFloorAgent(room, engine);
  rooms.set(command.room, { room, agent });
  if ('ended' in agent) void agent.ended.then(() => leave(command.room));
}

async function leave(name: string): Promise<void> {
  const entry = rooms.get(name);
  if (!entry) {
    if (joining.has(name)) leaveOnceJoined.add(name);
    return;
  }
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
  const done =
    command.type === 'join'
      ? join(command).then(() => report({ type: 'joined', room: command.room }))
      : leave(command.room).then(() => report({ type: 'left', room: command.room }));
  done.catch((error: Error) => report({ type: 'failed', room: command.room, message: error.message }));
});

const stop = async () => {
  for (const name of [...rooms.keys()]) await leave(name).catch(() => undefined);
  await dispose();
  process.exit(0);
};
process.once('SIGTERM', () => void stop());
process.once('disconnect', () => void stop());
if (kind === 'project') await serveProcessMetrics(logger);
report({ type: 'ready' });
