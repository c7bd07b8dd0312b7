// `pnpm start`: runs the agent worker against the LiveKit server named by LIVEKIT_URL, LIVEKIT_API_KEY and
// LIVEKIT_API_SECRET (default: the local dev server), registered under AGENT_NAME and every definition's
// name in AGENTS_DIR, with the HTTP API beside it on ROOMVOICE_API_HOST:ROOMVOICE_API_PORT (default
// 127.0.0.1:8788; "off" runs the worker only). It never starts a LiveKit server; `pnpm dev` does.
// SIGTERM or Ctrl-C drains the worker: no new jobs, the rooms finish (or end after WORKER_DRAIN_TIMEOUT).
import { apiSettingsFromEnv } from '../api/config.js';
import { credentialsFromEnv } from '../dispatch/credentials.js';
import { log } from '../telemetry/log.js';
import { onShutdownSignal, runMain } from './main.js';
import { startRuntime } from './runtime.js';

runMain(async () => {
  const runtime = await startRuntime(credentialsFromEnv(), apiSettingsFromEnv());
  onShutdownSignal(() => runtime.close('drain'));
  const worker = await runtime.startWorker();
  if (!worker) return; // stopped while starting
  if (runtime.api) log().info({ api: runtime.api.url }, 'API ready');
  await worker.done;
});
