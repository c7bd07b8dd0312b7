// The peer's agent, as LiveKit's own worker runs it: a `defineAgent` module that LiveKit's job processes
// import by path, running `voice.AgentSession` with `@livekit/agents-plugin-openai`'s realtime model
// pointed at the bench's engine (ENGINE_HTTP_URL). Only what the bench must match is set: the talker to
// hear, server VAD with the same silence window as the project, no input transcription, no local VAD.
import { defineAgent, voice } from '@livekit/agents';
import * as openai from '@livekit/agents-plugin-openai';
import { GREETING, peerMetadataSchema, SILENCE_WINDOW_MS } from './bench-roles.js';
async function entry(ctx) {
    const { role, talker } = peerMetadataSchema.parse(JSON.parse(ctx.job.metadata || '{}'));
    const session = new voice.AgentSession({
        llm: new openai.realtime.RealtimeModel({
            baseURL: process.env.ENGINE_HTTP_URL,
            apiKey: 'sk-bench-peer',
            inputAudioTranscription: null,
            turnDetection: {
                type: 'server_vad',
                threshold: 0.5,
                prefix_padding_ms: 300,
                silence_duration_ms: SILENCE_WINDOW_MS,
                create_response: true,
                interrupt_response: true,
            },
        }),
        vad: null,
        turnHandling: { turnDetection: null },
    });
    await session.start({
        agent: new voice.Agent({ instructions: 'You are a helpful voice assistant.' }),
        room: ctx.room,
        inputOptions: { participantIdentity: talker },
    });
    if (role === 'greeter')
        session.generateReply({ instructions: `Greet by saying exactly: "${GREETING}"` });
}
export default defineAgent({ entry });
//# sourceMappingURL=peer-agent.js.map