// A real livekit-server for one test file: livekit.yaml with free ports, started before the tests and
// always stopped after them (on failure too, since callers stop it in afterAll).
import { fileURLToPath } from 'node:url';
import { AccessToken, AgentDispatchClient, RoomServiceClient, type VideoGrant } from 'livekit-server-sdk';
import { pino } from 'pino';
import { locateLiveKitServer } from '../../src/dispatch/livekit-binary.js';
import {
  type LiveKitServer,
  readServerConfig,
  startLiveKitServer,
} from '../../src/dispatch/livekit-process.js';
import { log } from '../../src/telemetry/log.js';
import { freePort, freeUdpPort } from './processes.js';

export const LIVEKIT_YAML = fileURLToPath(new URL('../../livekit.yaml', import.meta.url));

export interface TestLiveKit extends LiveKitServer {
  rooms: RoomServiceClient;
  dispatches: AgentDispatchClient;
  token(room: string, identity: string, grant?: Partial<VideoGrant>): Promise<string>;
}

export interface TestLiveKitOptions {
  /** Where the server posts its webhooks (signed with its key pair). */
  webhookUrl?: string;
  /** Receives the server's own log lines, logged at info level (default: warnings only, dropped). */
  serverLog?: (line: string) => void;
}

export async function startTestLiveKit(options: TestLiveKitOptions = {}): Promise<TestLiveKit> {
  const binary = await locateLiveKitServer();
  if (!binary) throw new Error('livekit-server is not built: run `pnpm livekit-server` (or .ci/run) first');
  const config = readServerConfig(LIVEKIT_YAML);
  config.port = await freePort();
  config.rtc.udp_port = await freeUdpPort();
  config.logging = { level: options.serverLog ? 'info' : 'warn' };
  const [apiKey] = Object.keys(config.keys);
  if (options.webhookUrl) config.webhook = { api_key: apiKey, urls: [options.webhookUrl] };
  const { serverLog } = options;
  const logger = serverLog
    ? pino({ level: 'debug' }, { write: (line: string) => serverLog(JSON.parse(line).msg) })
    : log();
  const server = await startLiveKitServer({ binary, config, configName: 'test livekit.yaml', logger });
  const httpUrl = server.url.replace(/^ws/, 'http');
  return {
    ...server,
    rooms: new RoomServiceClient(httpUrl, server.apiKey, server.apiSecret),
    dispatches: new AgentDispatchClient(httpUrl, server.apiKey, server.apiSecret),
    async token(room, identity, grant = {}) {
      const token = new AccessToken(server.apiKey, server.apiSecret, { identity, name: identity });
      token.addGrant({ room, roomJoin: true, canPublish: true, canSubscribe: true, ...grant });
      return token.toJwt();
    },
  };
}
