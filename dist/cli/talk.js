// `pnpm talk`: tries an agent without a browser. Joins the dev room as a participant, speaks a sentence
// (a WAV you give, or one made with espeak-ng), waits for the agent's answer and saves it to a WAV.
//   pnpm talk [--room dev-room] [--identity talker] [--wav speech.wav] [--text "..."] [--out reply.wav]
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { dispose, ParticipantKind } from '@livekit/rtc-node';
import { pcmFrame } from '../audio/pcm.js';
import { writeWav } from '../audio/wav.js';
import { credentialsFromEnv } from '../dispatch/credentials.js';
import { participantToken } from '../dispatch/tokens.js';
import { DEFAULT_AGENT_NAME } from '../dispatch/worker.js';
import { FrameworkError } from '../errors.js';
import { VoiceParticipant } from '../room/voice-participant.js';
import { runMain } from './main.js';
const { values: args } = parseArgs({
    options: {
        room: { type: 'string', default: process.env.DEV_ROOM || 'dev-room' },
        identity: { type: 'string', default: 'talker' },
        wav: { type: 'string' },
        text: { type: 'string', default: 'Hello there! Can you hear me? This is a test of the voice agent.' },
        out: { type: 'string', default: 'reply.wav' },
        'wait-ms': { type: 'string', default: '20000' },
    },
});
function speechFile() {
    if (args.wav)
        return args.wav;
    const path = join(mkdtempSync(join(tmpdir(), 'talk-')), 'speech.wav');
    try {
        execFileSync('espeak-ng', ['-w', path, args.text]);
    }
    catch {
        throw new FrameworkError('CONFIG_INVALID', 'espeak-ng is not installed (Debian: apt-get install espeak-ng); pass --wav FILE instead');
    }
    return path;
}
runMain(async () => {
    const credentials = credentialsFromEnv();
    const agentName = process.env.AGENT_NAME || DEFAULT_AGENT_NAME;
    const me = new VoiceParticipant();
    await me.join(credentials.url, await participantToken(credentials, { room: args.room, identity: args.identity, agentName }));
    console.log(`joined ${args.room} as ${args.identity}; waiting for the agent`);
    try {
        const agent = await me.waitForParticipant((p) => p.info.kind === ParticipantKind.AGENT, 20_000);
        console.log(`the agent ${agent.identity} is here; letting it greet`);
        await me.untilAgentDone({ giveUpMs: 3_000 });
        console.log('speaking');
        const spokeUntil = await me.speak(speechFile());
        const heardMs = await me.untilAgentDone({
            sinceMs: spokeUntil,
            quietMs: 1_500,
            giveUpMs: Number(args['wait-ms']),
        });
        if (heardMs === 0)
            throw new FrameworkError('SERVER_UNREACHABLE', `the agent said nothing within ${args['wait-ms']} ms`);
        await writeWav(args.out, pcmFrame(me.recording(), 48_000, 1));
        console.log(`heard ${Math.round(heardMs)} ms of speech from the agent; saved what it said to ${args.out}`);
    }
    finally {
        await me.leave();
        await dispose();
    }
});
//# sourceMappingURL=talk.js.map