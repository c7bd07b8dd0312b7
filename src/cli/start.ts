// `pnpm start`: runs an agent worker against the LiveKit server named by LIVEKIT_URL, LIVEKIT_API_KEY and
// LIVEKIT_API_SECRET (default: the local dev server). It never starts a LiveKit server; `pnpm dev` does.
// SIGTERM or Ctrl-C drains it: no new jobs, the rooms finish (or end after WORKER_DRAIN_TIMEOUT).
import { credentialsFromEnv } from '../dispatch/credentials.js';
import { createWorker, workerOptionsFromEnv } from '../dispatch/worker.js';
import { log } from '../telemetry/log.js';
import { onShutdownSignal, runMain } from './main.js';

runMain(async () => {
  const options = workerOptionsFromEnv(credentialsFromEnv());
  const worker = createWorker(options);
  onShutdownSignal(() => worker.drain());
  if (!(await worker.start())) return; // stopped while starting
  log().info(
    {
      url: options.credentials.url,
      agent: options.agentName,
      isolation: options.isolation,
      hosts: options.isolation === 'host' ? options.hosts : undefined,
      maxJobs: options.maxJobs,
      health: `http://127.0.0.1:${worker.healthPort}`,
    },
    'worker registered; waiting for dispatches',
  );
  await worker.done;
});
