// One job: the agent's life in one room. The worker's job process imports this module by path and runs
// `entry` when LiveKit dispatches the agent. It loads the agent definition the dispatch names, joins as
// a participant (kind AGENT), runs it with `runAgent`, and leaves when the agent ends. An agent that
// ends on its own (limits, a tool, the room emptied) or cannot start takes its dispatch with it, so the
// reconciling sweep only brings back agents whose job died.
import { fileURLToPath } from 'node:url';
import { AutoSubscribe, defineAgent, type JobContext } from '@livekit/agents';
import { runAgent } from '../relay/run-agent.js';
import { log } from '../telemetry/log.js';
import { agentsDirFromEnv, DEFAULT_DEFINITION, findDefinition, requestedAgent } from './agent-catalog.js';
import { AGENT_DEFINITION_ATTRIBUTE } from './room-agents.js';
import { serverApi } from './server-api.js';

const PROJECT_DIR = fileURLToPath(new URL('../../', import.meta.url));
/** The reason `runAgent` ends with when the job is shut down from outside (LiveKit, the worker). */
const SHUT_DOWN = 'job shut down';

/** Deletes the job's own dispatch: the agent is not coming back to this room unless asked again. */
async function withdrawDispatch(ctx: JobContext): Promise<void> {
  const { url, apiKey, apiSecret } = ctx.info;
  const room = ctx.job.room?.name;
  if (!apiKey || !apiSecret || !room || !ctx.job.dispatchId) return;
  await serverApi({ url, apiKey, apiSecret })
    .dispatches.deleteDispatch(ctx.job.dispatchId, room)
    .catch((error: unknown) => log().debug({ err: error, room }, 'dispatch already gone'));
}

async function entry(ctx: JobContext): Promise<void> {
  const logger = log().child({ room: ctx.job.room?.name, job: ctx.job.id });
  let loaded: Awaited<ReturnType<typeof findDefinition>>;
  try {
    // The worker's claim names the definition (room-claim.ts); without it, the metadata says why not.
    const name =
      ctx.info.acceptArguments.attributes?.[AGENT_DEFINITION_ATTRIBUTE] ??
      requestedAgent(ctx.job.metadata, process.env.AGENT_DEFINITION || DEFAULT_DEFINITION);
    loaded = await findDefinition(agentsDirFromEnv(), name);
  } catch (error) {
    await withdrawDispatch(ctx);
    throw error;
  }

  await ctx.connect(undefined, AutoSubscribe.AUDIO_ONLY);
  const name = loaded.definition.name;
  logger.info({ identity: ctx.room.localParticipant?.identity, agent: name }, 'joined the room');
  const agent = await runAgent(ctx.room, loaded, { logger, projectDir: PROJECT_DIR });
  ctx.addShutdownCallback(() => agent.close(SHUT_DOWN));
  void agent.ended.then(async (reason) => {
    logger.info({ reason }, 'the agent ended; leaving the room');
    if (reason !== SHUT_DOWN) await withdrawDispatch(ctx);
    // Leave only once the agent has closed, so its last events reach the room.
    await agent.close(reason);
    ctx.shutdown(reason);
  });
}

export default defineAgent({ entry });
