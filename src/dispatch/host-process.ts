// The entry of a job host process, forked by the worker's host pool with its configuration (JSON) as the
// one argument. It wires the IPC channel to a JobHost: jobs to start and stop in, readiness (once it has
// loaded what jobs share) and job status out. It takes orders from the worker only: terminal and group
// signals are ignored (the worker drains), and when the worker goes away (its IPC channel closes) the host
// ends its rooms and exits.
import { dispose } from '@livekit/rtc-node';
import { z } from 'zod';
import { loadRegistry } from '../registry/index.js';
import { log } from '../telemetry/log.js';
import { serveProcessMetrics } from '../telemetry/metrics-endpoint.js';
import { loadCatalog } from './agent-catalog.js';
import { type FromHost, hostConfigSchema, toHostSchema } from './host-messages.js';
import { JobHost } from './job-host.js';
import { startRtcOutsideJobs } from './job-scope.js';

const logger = log().child({ component: 'job-host', pid: process.pid });

function send(message: FromHost): void {
  if (process.connected) process.send?.(message);
}

function readConfig() {
  const parsed = hostConfigSchema.safeParse(JSON.parse(process.argv[2] ?? 'null'));
  if (!parsed.success) {
    logger.fatal(
      { problems: z.prettifyError(parsed.error) },
      'a job host was started with a bad configuration',
    );
    process.exit(2);
  }
  return parsed.data;
}

const config = readConfig();
const host = new JobHost(config, send, logger);
// Each job host serves the metrics of its rooms; a fixed METRICS_PORT that another host holds only costs
// this host its endpoint.
serveProcessMetrics(logger).catch((error: Error) =>
  logger.warn({ err: error }, 'metrics not served from this job host'),
);

/**
 * Loads once what every job loads, so the first job of a host is as quick as the others: the plugin
 * modules (importing them took some 300 ms of a first dispatch) and the definitions with their schema.
 * A failure here is the first job's to report; the host still serves.
 */
async function warmUp(): Promise<void> {
  const started = performance.now();
  await Promise.all([loadRegistry({ cwd: config.projectDir }), loadCatalog(config.agentsDir)]).catch(
    (error: unknown) => logger.debug({ err: error }, 'warm-up incomplete; the first job loads the rest'),
  );
  logger.debug({ ms: Math.round(performance.now() - started) }, 'warmed up');
}

let exiting = false;
async function exit(reason: string): Promise<void> {
  if (exiting) return;
  exiting = true;
  logger.info({ reason, jobs: host.jobCount }, 'job host stopping');
  await host.stopAll(reason);
  await dispose();
  process.exit(0);
}

process.on('uncaughtException', (error) => host.escaped(error, 'exception'));
process.on('unhandledRejection', (error) => host.escaped(error, 'rejection'));
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => logger.debug({ signal }, 'ignored: the worker decides when this host stops'));
}
process.on('disconnect', () => void exit('the worker went away'));
// The worker may have gone while this process was still loading.
if (!process.connected) void exit('the worker went away');
process.on('message', (raw: unknown) => {
  const parsed = toHostSchema.safeParse(raw);
  if (!parsed.success) {
    logger.error({ problems: z.prettifyError(parsed.error) }, 'ignored a malformed message from the worker');
    return;
  }
  const message = parsed.data;
  switch (message.type) {
    case 'start':
      host.start(message.job);
      if (config.singleJob) void host.idle().then(() => exit('its one job ended'));
      break;
    case 'stop':
      host.stop(message.jobId, message.reason);
      break;
    case 'shutdown':
      void exit(message.reason);
      break;
  }
});

await startRtcOutsideJobs();
await warmUp();
send({ type: 'ready' });
