// One job: the agent's life in one room. The worker's job process imports this module by path and runs
// `entry` when LiveKit dispatches the agent. The agent joins as a participant (kind AGENT), relays every
// person's microphone to a realtime model session, speaks the answers through its own track, and leaves
// when the last person has gone.
import { AutoSubscribe, defineAgent, type JobContext } from '@livekit/agents';
import { RoomEvent } from '@livekit/rtc-node';
import { FrameworkError } from '../errors.js';
import { RealtimeRelay } from '../relay/realtime-relay.js';
import { isHuman } from '../room/admission.js';
import { ParticipantIntake } from '../room/intake.js';
import { AgentOutput } from '../room/output.js';
import { log } from '../telemetry/log.js';
import { ENGINE_URL_ENV } from './embedded-engine.js';

async function entry(ctx: JobContext): Promise<void> {
  const logger = log().child({ room: ctx.job.room?.name, job: ctx.job.id });
  const engineUrl = process.env[ENGINE_URL_ENV];
  if (!engineUrl)
    throw new FrameworkError('CONFIG_INVALID', `${ENGINE_URL_ENV} is not set: the worker starts the engine`);

  await ctx.connect(undefined, AutoSubscribe.AUDIO_ONLY);
  logger.info({ identity: ctx.room.localParticipant?.identity }, 'joined the room');

  const output = new AgentOutput(ctx.room);
  await output.publish();
  await output.setState('listening');

  const relay = new RealtimeRelay(
    {
      provider: { provider: 'local', url: engineUrl },
      session: {
        model: 'local-echo',
        voice: 'marin',
        turnDetection: { type: 'server_vad', silenceDurationMs: 500 },
      },
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
  });
}

export default defineAgent({ entry });
