// `pnpm start`: runs an agent worker against the LiveKit server named by LIVEKIT_URL, LIVEKIT_API_KEY and
// LIVEKIT_API_SECRET (default: the local dev server). It never starts a LiveKit server; `pnpm dev` does.
import { credentialsFromEnv } from '../dispatch/credentials.js';
import { startWorker, workerOptionsFromEnv } from '../dispatch/worker.js';
import { log } from '../telemetry/log.js';
import { onShutdownSignal, runMain } from './main.js';

runMain(async () => {
  const options = workerOptionsFromEnv(credentialsFromEnv());
  const worker = await startWorker(options);
  log().info(
    { url: options.credentials.url, agent: options.agentName },
    'worker registered; waiting for dispatches',
  );
  onShutdownSignal(() => worker.close());
  await worker.done;
});
