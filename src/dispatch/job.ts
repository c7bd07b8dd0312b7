// One job: the agent's life in one room. The worker's job process imports this module by path and runs
// `entry` when LiveKit dispatches the agent. It loads the agent definition the dispatch names, joins as
// a participant (kind AGENT), relays people's microphones to realtime model sessions, speaks the answers
// through its own track, and leaves when the last person has gone.
import { fileURLToPath } from 'node:url';
import { AutoSubscribe, defineAgent, type JobContext } from '@livekit/agents';
import { RoomEvent } from '@livekit/rtc-node';
import { RealtimeRelay } from '../relay/realtime-relay.js';
import { isHuman } from '../room/admission.js';
import { ParticipantIntake } from '../room/intake.js';
import { AgentOutput } from '../room/output.js';
import { log } from '../telemetry/log.js';
import { DEFAULT_DEFINITION, findDefinition, requestedAgent } from './agent-catalog.js';
import { openModelSession } from './model-session.js';

const AGENTS_DIR = process.env.AGENTS_DIR || fileURLToPath(new URL('../../agents/', import.meta.url));

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

  const output = new AgentOutput(ctx.room);
  await output.publish();
  await output.setState('listening');

  const relay = new RealtimeRelay(
    {
      sessionOptions: (participant) =>
        model.clientOptions({ identity: participant.identity, name: participant.name }),
      linkOne: definition.participants.mode === 'single',
    },
    output,
    logger,
  );
  const intake = new ParticipantIntake(ctx.room, logger, (participant, frames) =>
    relay.listen(participant, frames),
  );
  intake.start();

  const leaveWhenAlone = () => {
    const someoneLeft = [...ctx.room.remoteParticipants.values()].some(isHuman);
    if (someoneLeft) return;
    logger.info('the last participant left; ending the job');
    ctx.shutdown('last participant left');
  };
  ctx.room.on(RoomEvent.ParticipantDisconnected, leaveWhenAlone);

  ctx.addShutdownCallback(async () => {
    ctx.room.off(RoomEvent.ParticipantDisconnected, leaveWhenAlone);
    intake.close();
    relay.close();
    await output.close();
    await model.close();
  });
}

export default defineAgent({ entry });
