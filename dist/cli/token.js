// `pnpm token`: prints a participant token for a room on the server named by LIVEKIT_URL and the API key
// pair, with a dispatch of the agent so joining the room brings the agent in.
//   pnpm token [--room dev-room] [--identity guest] [--name "Guest"] [--ttl 24h]
import { parseArgs } from 'node:util';
import { credentialsFromEnv } from '../dispatch/credentials.js';
import { participantToken } from '../dispatch/tokens.js';
import { DEFAULT_AGENT_NAME } from '../dispatch/worker.js';
import { runMain } from './main.js';
const { values: args } = parseArgs({
    options: {
        room: { type: 'string', default: process.env.DEV_ROOM || 'dev-room' },
        identity: { type: 'string', default: 'guest' },
        name: { type: 'string' },
        ttl: { type: 'string', default: '24h' },
    },
});
runMain(async () => {
    const credentials = credentialsFromEnv();
    const agentName = process.env.AGENT_NAME || DEFAULT_AGENT_NAME;
    console.log(await participantToken(credentials, { ...args, agentName }));
});
//# sourceMappingURL=token.js.map