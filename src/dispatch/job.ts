// One job: the agent's life in one room. The worker's job process imports this module by path and runs
// `entry` when LiveKit dispatches the agent. It loads the agent definition the dispatch names, joins as
// a participant (kind AGENT), relays people's microphones to realtime model sessions with the agent's
// tools, speaks the answers through its own track, and leaves when the last person has gone.
import { fileURLToPath } from 'node:url';
import { AutoSubscribe, defineAgent, type JobContext } from '@livekit/agents';
import { RoomEvent } from '@livekit/rtc-node';
import { loadRegistry } from '../registry/index.js';
import { SessionLimits } from '../relay/limits.js';
import { RealtimeRelay } from '../relay/realtime-relay.js';
import { LiveKitToolRoom } from '../relay/tool-room.js';
import { admits, isHuman } from '../room/admission.js';
import { ParticipantIntake } from '../room/intake.js';
import { AgentOutput } from '../room/output.js';
import { log } from '../telemetry/log.js';
import { ToolExecutor } from '../tools/executor.js';
import { Toolset } from '../tools/toolset.js';
import { DEFAULT_DEFINITION, findDefinition, requestedAgent } from './agent-catalog.js';
import { openModelSession } from './model-session.js';

const PROJECT_DIR = fileURLToPath(new URL('../../', import.meta.url));
const AGENTS_DIR = process.env.AGENTS_DIR || `${PROJECT_DIR}agents`;

async function entry(ctx: JobContext): Promise<void> {
  const name = requestedAgent(ctx.job.metadata, process.env.AGENT_DEFINITION || DEFAULT_DEFINITION);
  const logger = log().child({ room: ctx.job.room?.name, job: ctx.job.id, agent: name });
  const loaded = await findDefinition(AGENTS_DIR, name);
  const { definition } = loaded;
  if (definition.participants.mode === 'shared') {
    logger.warn(
      'participants.mode shared is not in the relay yet: each participant gets a session of their own',
    );
  }

  await ctx.connect(undefined, AutoSubscribe.AUDIO_ONLY);
  logger.info({ identity: ctx.room.localParticipant?.identity }, 'joined the room');
  const model = await openModelSession(
    loaded,
    { name: ctx.room.name ?? '', metadata: ctx.room.metadata },
    logger,
  );
  const selection = { tools: definition.tools, mcp: definition.mcp };
  const toolset = new Toolset(await loadRegistry({ cwd: PROJECT_DIR }), selection, { logger });
  await toolset.start();
  const sessionTools = () =>
    toolset.definitions().map(({ name, description, parameters }) => ({ name, description, parameters }));
  const toolRoom = new LiveKitToolRoom(ctx.room, async () => ctx.shutdown('a tool asked the agent to leave'));

  const limits = new SessionLimits(
    { maxDurationMs: definition.limits.max_duration, idleTimeoutMs: definition.limits.idle_timeout },
    (reason) => {
      logger.info({ reason }, 'limit reached; the agent leaves');
      ctx.shutdown(`limit reached: ${reason}`);
    },
  );

  const output = new AgentOutput(ctx.room);
  await output.publish();
  await output.setState('listening');

  const relay = new RealtimeRelay(
    {
      sessionOptions: (participant) => {
        const options = model.clientOptions({ identity: participant.identity, name: participant.name });
        return { ...options, session: { ...options.session, tools: sessionTools() } };
      },
      linkOne: definition.participants.mode === 'single',
      executorFor: () =>
        new ToolExecutor({
          tools: toolset,
          room: toolRoom,
          agent: { name: definition.name },
          defaultTimeoutMs: definition.limits.tool_timeout,
          logger,
        }),
      onActivity: () => limits.activity(),
      greetingFor: (participant) =>
        model.greeting({ identity: participant.identity, name: participant.name }),
    },
    output,
    logger,
  );
  toolset.on('changed', () => relay.updateTools(sessionTools()));
  const heard = admits(definition.participants);
  const intake = new ParticipantIntake(ctx.room, logger, heard, (participant, frames) =>
    relay.listen(participant, frames),
  );
  intake.start();
  limits.start();

  const leaveWhenAlone = () => {
    if ([...ctx.room.remoteParticipants.values()].some(isHuman)) return;
    logger.info('the last participant left; ending the job');
    ctx.shutdown('last participant left');
  };
  ctx.room.on(RoomEvent.ParticipantDisconnected, leaveWhenAlone);

  ctx.addShutdownCallback(async () => {
    ctx.room.off(RoomEvent.ParticipantDisconnected, leaveWhenAlone);
    limits.close();
    intake.close();
    relay.close();
    await output.close();
    await model.close();
    await toolset.close();
  });
}

export default defineAgent({ entry });
