// The LiveKit server a bench run uses: the real livekit-server with livekit.yaml on free loopback ports,
// with the server API clients and the tokens the bench's participants and in-process agents join with.
import { fileURLToPath } from 'node:url';
import { AccessToken, AgentDispatchClient, RoomServiceClient } from 'livekit-server-sdk';
import type { LiveKitCredentials } from '../dispatch/credentials.js';
import { ensureLiveKitServer } from '../dispatch/livekit-binary.js';
import { readServerConfig, startLiveKitOnFreePorts } from '../dispatch/livekit-process.js';
import type { Logger } from '../telemetry/log.js';

const LIVEKIT_YAML = fileURLToPath(new URL('../../livekit.yaml', import.meta.url));

export interface BenchLiveKit {
  credentials: LiveKitCredentials;
  pid: number;
  rooms: RoomServiceClient;
  dispatches: AgentDispatchClient;
  /** A token for a person (kind standard). */
  personToken(room: string, identity: string): Promise<string>;
  /** A token for an agent that joins a room itself (kind agent), as a job host's agents do. */
  agentToken(room: string, identity: string): Promise<string>;
  close(): Promise<void>;
}

export async function startBenchLiveKit(logger: Logger): Promise<BenchLiveKit> {
  const binary = await ensureLiveKitServer((line) => logger.info({ source: 'go install' }, line));
  const config = readServerConfig(LIVEKIT_YAML);
  config.logging = { level: 'warn' };
  const server = await startLiveKitOnFreePorts({
    binary,
    config,
    configName: 'bench livekit.yaml',
    logger: logger.child({ component: 'livekit-server' }),
  });
  const { url, apiKey, apiSecret } = server;
  const httpUrl = url.replace(/^ws/, 'http');
  const token = (room: string, identity: string, agent: boolean) => {
    const token = new AccessToken(apiKey, apiSecret, { identity, name: identity, ttl: '6h' });
    token.addGrant({
      room,
      roomJoin: true,
      canPublish: true,
      canSubscribe: true,
      canPublishData: true,
      canUpdateOwnMetadata: true,
      ...(agent ? { agent: true } : {}),
    });
    if (agent) token.kind = 'agent';
    return token.toJwt();
  };
  return {
    credentials: { url, apiKey, apiSecret },
    pid: server.pid,
    rooms: new RoomServiceClient(httpUrl, apiKey, apiSecret),
    dispatches: new AgentDispatchClient(httpUrl, apiKey, apiSecret),
    personToken: (room, identity) => token(room, identity, false),
    agentToken: (room, identity) => token(room, identity, true),
    close: () => server.close(),
  };
}
