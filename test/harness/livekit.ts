// A real livekit-server for one test file: livekit.yaml with free ports, started before the tests and
// always stopped after them (on failure too, since callers stop it in afterAll).
import { fileURLToPath } from 'node:url';
import { AccessToken, AgentDispatchClient, RoomServiceClient, type VideoGrant } from 'livekit-server-sdk';
import { pino } from 'pino';
import { locateLiveKitServer } from '../../src/dispatch/livekit-binary.js';
import {
  type LiveKitServer,
  readServerConfig,
  startLiveKitOnFreePorts,
  startLiveKitServer,
} from '../../src/dispatch/livekit-process.js';
import { log } from '../../src/telemetry/log.js';

export const LIVEKIT_YAML = fileURLToPath(new URL('../../livekit.yaml', import.meta.url));

export interface TestLiveKit extends LiveKitServer {
  rooms: RoomServiceClient;
  dispatches: AgentDispatchClient;
  token(room: string, identity: string, grant?: Partial<VideoGrant>): Promise<string>;
  /** A token for a participant of kind AGENT, with the grants LiveKit gives a dispatched agent. */
  agentToken(room: string, identity: string): Promise<string>;
  /** Stops the server process (as a crash or an upgrade would); `start()` runs it again. */
  stop(): Promise<void>;
  /** Starts the server again on the same ports and keys, after `stop()`; resolves once it answers. */
  start(): Promise<void>;
}

export interface TestLiveKitOptions {
  /** Where the server posts its webhooks (signed with its key pair). */
  webhookUrl?: string;
  /** Receives the server's own log lines, logged at info level (default: warnings only, dropped). */
  serverLog?: (line: string) => void;
  /** A Redis (`host:port`) the server shares with others: LiveKit nodes sharing one form a cluster. */
  redis?: string;
}

export async function startTestLiveKit(options: TestLiveKitOptions = {}): Promise<TestLiveKit> {
  const binary = await locateLiveKitServer();
  if (!binary) throw new Error('livekit-server is not built: run `pnpm livekit-server` (or .ci/run) first');
  const config = readServerConfig(LIVEKIT_YAML);
  config.logging = { level: options.serverLog ? 'info' : 'warn' };
  const [webhookKey] = Object.keys(config.keys);
  if (options.redis) config.redis = { address: options.redis };
  if (options.webhookUrl) config.webhook = { api_key: webhookKey!, urls: [options.webhookUrl] };
  const { serverLog } = options;
  const logger = serverLog
    ? pino({ level: 'debug' }, { write: (line: string) => serverLog(JSON.parse(line).msg) })
    : log();
  const serverOptions = { binary, config, configName: 'test livekit.yaml', logger };
  const start = () => startLiveKitServer(serverOptions);
  let server: LiveKitServer | undefined = await startLiveKitOnFreePorts(serverOptions);
  const { url, apiKey, apiSecret } = server;
  const httpUrl = url.replace(/^ws/, 'http');
  const stop = async () => {
    const running = server;
    server = undefined;
    await running?.close();
  };
  return {
    url,
    apiKey,
    apiSecret,
    config,
    get pid() {
      return server?.pid ?? -1;
    },
    close: stop,
    stop,
    async start() {
      if (server) throw new Error('the test LiveKit server is already running');
      server = await start();
    },
    rooms: new RoomServiceClient(httpUrl, apiKey, apiSecret),
    dispatches: new AgentDispatchClient(httpUrl, apiKey, apiSecret),
    async token(room, identity, grant = {}) {
      const token = new AccessToken(apiKey, apiSecret, { identity, name: identity });
      token.addGrant({ room, roomJoin: true, canPublish: true, canSubscribe: true, ...grant });
      return token.toJwt();
    },
    async agentToken(room, identity) {
      const token = new AccessToken(apiKey, apiSecret, { identity, name: identity });
      token.kind = 'agent';
      token.addGrant({ room, roomJoin: true, canPublish: true, canSubscribe: true, agent: true });
      return token.toJwt();
    },
  };
}
