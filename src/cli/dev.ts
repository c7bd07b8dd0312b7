// `pnpm dev`: the whole product on one machine. Reuses a LiveKit server already answering at LIVEKIT_URL,
// otherwise starts the local one from livekit.yaml (building it once if needed); starts the worker; prints
// how to join. Ctrl-C stops what this command started, and only that.
import { fileURLToPath } from 'node:url';
import { credentialsFromEnv, isLoopbackUrl, type LiveKitCredentials } from '../dispatch/credentials.js';
import { ensureLiveKitServer } from '../dispatch/livekit-binary.js';
import {
  type LiveKitServer,
  liveKitAnswers,
  readServerConfig,
  startLiveKitServer,
} from '../dispatch/livekit-process.js';
import { participantToken } from '../dispatch/tokens.js';
import { type RunningWorker, startWorker, workerOptionsFromEnv } from '../dispatch/worker.js';
import { FrameworkError } from '../errors.js';
import { log } from '../telemetry/log.js';
import { onShutdownSignal, runMain } from './main.js';

const DEFAULT_CONFIG = fileURLToPath(new URL('../../livekit.yaml', import.meta.url));

async function startLocalServer(
  url: string,
): Promise<{ server: LiveKitServer; credentials: LiveKitCredentials }> {
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
  const binary = await ensureLiveKitServer((line) => log().info({ source: 'go install' }, line));
  log().info({ config: configName }, 'starting the local LiveKit server');
  const server = await startLiveKitServer({
    binary,
    config,
    configName,
    logger: log().child({ component: 'livekit-server' }),
  });
  return { server, credentials: { url: server.url, apiKey: server.apiKey, apiSecret: server.apiSecret } };
}

runMain(async () => {
  let credentials = credentialsFromEnv();
  let server: LiveKitServer | undefined;
  let worker: RunningWorker | undefined;
  onShutdownSignal(async () => {
    log().info('stopping');
    await worker?.close();
    await server?.close();
  });

  if (await liveKitAnswers(credentials.url)) {
    log().info({ url: credentials.url }, 'using the LiveKit server already running');
  } else if (isLoopbackUrl(credentials.url)) {
    ({ server, credentials } = await startLocalServer(credentials.url));
  } else {
    throw new FrameworkError(
      'SERVER_UNREACHABLE',
      `no LiveKit server answers at ${credentials.url} (LIVEKIT_URL)`,
    );
  }

  try {
    const options = workerOptionsFromEnv(credentials);
    worker = await startWorker(options);
    const room = process.env.DEV_ROOM || 'dev-room';
    const token = await participantToken(credentials, {
      room,
      identity: 'you',
      agentName: options.agentName,
    });
    log().info(
      { url: credentials.url, room, agent: options.agentName },
      'ready: join the room and talk; the agent answers',
    );
    process.stdout.write(
      `\n  LiveKit URL  ${credentials.url}\n  Room         ${room}\n  Token        ${token}\n\n` +
        `  Join with any LiveKit client using the URL and token above, or run in another terminal:\n` +
        `    pnpm talk            (speaks a sentence into ${room} and saves what the agent says back)\n` +
        `    pnpm token --identity bob   (a token for one more participant)\n\n`,
    );
    await worker.done;
  } finally {
    await server?.close();
  }
});
