// `pnpm dev`: the whole product on one machine. Reuses a LiveKit server already answering at LIVEKIT_URL,
// otherwise starts the local one from livekit.yaml (building it once if needed) with its webhooks pointed
// at the API; starts the API and the worker; prints how to join. Ctrl-C ends the rooms at once (no drain)
// and stops what this command started, and only that.
import { fileURLToPath } from 'node:url';
import { apiSettingsFromEnv } from '../api/config.js';
import { LIVEKIT_WEBHOOK_PATH } from '../api/routes/livekit-webhook.js';
import { PLAYGROUND_PATH, playgroundRoutes } from '../api/routes/playground.js';
import { credentialsFromEnv, isLoopbackUrl, type LiveKitCredentials } from '../dispatch/credentials.js';
import { ensureLiveKitServer } from '../dispatch/livekit-binary.js';
import {
  type LiveKitServer,
  liveKitAnswers,
  readServerConfig,
  type ServerConfig,
  startLiveKitServer,
} from '../dispatch/livekit-process.js';
import { participantToken } from '../dispatch/tokens.js';
import { workerOptionsFromEnv } from '../dispatch/worker.js';
import { FrameworkError } from '../errors.js';
import { log } from '../telemetry/log.js';
import { onShutdownSignal, runMain } from './main.js';
import { type Runtime, startRuntime } from './runtime.js';

const DEFAULT_CONFIG = fileURLToPath(new URL('../../livekit.yaml', import.meta.url));

interface LocalServerPlan {
  config: ServerConfig;
  configName: string;
  credentials: LiveKitCredentials;
}

/** The local server's config and the credentials it will accept, before it starts. */
function planLocalServer(url: string): LocalServerPlan {
  const configPath = process.env.LIVEKIT_CONFIG_FILE || DEFAULT_CONFIG;
  const config = readServerConfig(configPath);
  const configName = configPath === DEFAULT_CONFIG ? 'livekit.yaml' : configPath;
  const port = Number(new URL(url.replace(/^ws/, 'http')).port || 80);
  if (port !== config.port) {
    throw new FrameworkError(
      'CONFIG_INVALID',
      `LIVEKIT_URL ${url} uses port ${port} but ${configName} sets port ${config.port}`,
    );
  }
  const [apiKey, apiSecret] = Object.entries(config.keys)[0] ?? [];
  if (!apiKey || !apiSecret)
    throw new FrameworkError('CONFIG_INVALID', `${configName}: keys must hold one API key pair`);
  const host = config.bind_addresses?.[0] ?? '127.0.0.1';
  return { config, configName, credentials: { url: `ws://${host}:${config.port}`, apiKey, apiSecret } };
}

async function startLocalServer(
  plan: LocalServerPlan,
  webhookUrl: string | undefined,
): Promise<LiveKitServer> {
  const binary = await ensureLiveKitServer((line) => log().info({ source: 'go install' }, line));
  log().info({ config: plan.configName, webhook: webhookUrl }, 'starting the local LiveKit server');
  const config = webhookUrl
    ? { ...plan.config, webhook: { api_key: plan.credentials.apiKey, urls: [webhookUrl] } }
    : plan.config;
  return startLiveKitServer({
    binary,
    config,
    configName: plan.configName,
    logger: log().child({ component: 'livekit-server' }),
  });
}

runMain(async () => {
  let credentials = credentialsFromEnv();
  let server: LiveKitServer | undefined;
  let runtime: Runtime | undefined;
  onShutdownSignal(async () => {
    log().info('stopping');
    await runtime?.close('now');
    await server?.close();
  });

  let plan: LocalServerPlan | undefined;
  if (await liveKitAnswers(credentials.url)) {
    log().info(
      { url: credentials.url },
      'using the LiveKit server already running (point its webhook at the API for dispatch rules to act at once)',
    );
  } else if (isLoopbackUrl(credentials.url)) {
    plan = planLocalServer(credentials.url);
    credentials = plan.credentials;
  } else {
    throw new FrameworkError(
      'SERVER_UNREACHABLE',
      `no LiveKit server answers at ${credentials.url} (LIVEKIT_URL)`,
    );
  }

  try {
    runtime = await startRuntime(credentials, apiSettingsFromEnv(), playgroundRoutes);
    if (plan)
      server = await startLocalServer(plan, runtime.api && `${runtime.api.url}${LIVEKIT_WEBHOOK_PATH}`);
    const worker = await runtime.startWorker();
    if (!worker) return; // stopped while starting
    const { agentName } = workerOptionsFromEnv(credentials);
    const room = process.env.DEV_ROOM || 'dev-room';
    const token = await participantToken(credentials, { room, identity: 'you', agentName });
    log().info(
      { url: credentials.url, room, agent: agentName },
      'ready: join the room and talk; the agent answers',
    );
    process.stdout.write(
      `\n  LiveKit URL  ${credentials.url}\n  Room         ${room}\n  Token        ${token}\n` +
        (runtime.api
          ? `  Playground   ${runtime.api.url}${PLAYGROUND_PATH}  (open it in a browser: pick an agent, join, talk)\n` +
            `  API          ${runtime.api.url}  (OpenAPI: ${runtime.api.url}/v1/openapi.json)\n`
          : '') +
        `\n  Join with any LiveKit client using the URL and token above, or run in another terminal:\n` +
        `    pnpm talk            (speaks a sentence into ${room} and saves what the agent says back)\n` +
        `    pnpm token --identity bob   (a token for one more participant)\n\n`,
    );
    await worker.done;
  } finally {
    await runtime?.close('now');
    await server?.close();
  }
});
