// One job: the agent's life in one room. The worker's job process imports this module by path and runs
// `entry` when LiveKit dispatches the agent. It loads the agent definition the dispatch names, joins as
// a participant (kind AGENT), runs it with `runAgent`, and leaves when the agent ends.
import { fileURLToPath } from 'node:url';
import { AutoSubscribe, defineAgent, type JobContext } from '@livekit/agents';
import { runAgent } from '../relay/run-agent.js';
import { log } from '../telemetry/log.js';
import { serveProcessMetrics } from '../telemetry/metrics-endpoint.js';
import { DEFAULT_DEFINITION, findDefinition, requestedAgent } from './agent-catalog.js';

const PROJECT_DIR = fileURLToPath(new URL('../../', import.meta.url));
const AGENTS_DIR = process.env.AGENTS_DIR || `${PROJECT_DIR}agents`;

async function entry(ctx: JobContext): Promise<void> {
  const name = requestedAgent(ctx.job.metadata, process.env.AGENT_DEFINITION || DEFAULT_DEFINITION);
  const logger = log().child({ room: ctx.job.room?.name, job: ctx.job.id });
  const loaded = await findDefinition(AGENTS_DIR, name);
  // Each job process serves its own metrics; a fixed METRICS_PORT that another job holds only costs this
  // job its endpoint.
  serveProcessMetrics(logger).catch((error: Error) =>
    logger.warn({ err: error }, 'metrics not served from this job process'),
  );

  await ctx.connect(undefined, AutoSubscribe.AUDIO_ONLY);
  logger.info({ identity: ctx.room.localParticipant?.identity, agent: name }, 'joined the room');
  const agent = await runAgent(ctx.room, loaded, { logger, projectDir: PROJECT_DIR });
  ctx.addShutdownCallback(() => agent.close('job shut down'));
  void agent.ended.then((reason) => {
    logger.info({ reason }, 'the agent ended; leaving the room');
    ctx.shutdown(reason);
  });
}

export default defineAgent({ entry });
