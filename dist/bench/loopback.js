// Bench: the loopback round trip from `input_audio_buffer.commit` to the first
// `response.output_audio.delta`, through RealtimeClient and the local engine answering at once (echo,
// unpaced), p50/p95 over N turns; against the floor of a bare WebSocket echo in the same process.
import { once } from 'node:events';
import { WebSocket, WebSocketServer } from 'ws';
import { MODEL_RATE } from '../audio/pcm.js';
import { resampleClip } from '../audio/resampler.js';
import { echoBehaviour, startEngine } from '../engine/index.js';
import { RealtimeClient } from '../realtime/index.js';
import { loadSpeech } from './speech-source.js';
import { percentile, rounded, summarize } from './stats.js';
/**
 * Per turn, milliseconds from commit to the server's `committed` (the engine working through the
 * appended audio) and to the first audio delta.
 */
async function commitToFirstAudio(turns, speech, context) {
    const engine = await startEngine({
        behaviour: echoBehaviour(),
        // Deltas as fast as the engine goes (pacing pauses only after each delta, so the first is unpaced).
        pacing: { speed: 1_000_000 },
        log: context.logger,
    });
    const client = new RealtimeClient({
        provider: { provider: 'local', url: engine.url },
        session: { turnDetection: { type: 'none' } },
        chunkMs: 20,
    }, { logger: context.logger });
    const committedMs = [];
    const firstAudioMs = [];
    try {
        await client.connect();
        for (let turn = 0; turn < turns; turn++) {
            client.appendAudio(speech);
            const committed = client.next('input_audio_buffer.committed');
            const firstAudio = client.next('response.output_audio.delta');
            const done = client.next('response.done');
            const started = performance.now();
            client.commitAudio();
            client.createResponse();
            await committed;
            committedMs.push(performance.now() - started);
            await firstAudio;
            firstAudioMs.push(performance.now() - started);
            await done;
        }
    }
    finally {
        client.close();
        await engine.close();
    }
    return { committedMs, firstAudioMs };
}
/** Milliseconds for a small JSON message to go to a bare `ws` echo server and back. */
async function bareWebSocketEcho(turns) {
    const server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
    await once(server, 'listening');
    server.on('connection', (socket) => socket.on('message', (data) => socket.send(data.toString())));
    const socket = new WebSocket(`ws://127.0.0.1:${server.address().port}`);
    await once(socket, 'open');
    const samples = [];
    try {
        for (let turn = 0; turn < turns; turn++) {
            const started = performance.now();
            const reply = once(socket, 'message');
            socket.send(JSON.stringify({ type: 'input_audio_buffer.commit', event_id: `evt_${turn}` }));
            await reply;
            samples.push(performance.now() - started);
        }
    }
    finally {
        socket.close();
        server.close();
    }
    return samples;
}
export const loopbackBench = {
    name: 'loopback',
    description: 'commit to first audio delta through the client and the local engine',
    async run(context) {
        const speech = await loadSpeech(context.speechWav);
        // One second of the recording, as the model hears it (24 kHz).
        const turnAudio = resampleClip(speech.samples, 48_000, MODEL_RATE).slice(0, MODEL_RATE);
        const floor = await bareWebSocketEcho(context.turns);
        const measured = await commitToFirstAudio(context.turns, turnAudio, context);
        const floorP50 = percentile(floor, 50);
        const summary = (samples) => {
            const figures = summarize(samples);
            return { p50_ms: rounded(figures.p50, 2), p95_ms: rounded(figures.p95, 2), n: figures.n };
        };
        const row = (metric, samples, baseline) => ({
            suite: this.name,
            metric,
            unit: 'ms',
            p50: percentile(samples, 50),
            p95: percentile(samples, 95),
            samples: samples.length,
            ratio: percentile(samples, 50) / floorP50,
            ...(baseline ? { baseline } : {}),
        });
        const baseline = 'bare ws echo round trip (p50)';
        return {
            rows: [
                row('baseline: bare ws echo round trip', floor),
                row('commit -> first audio delta (client + engine)', measured.firstAudioMs, baseline),
                row('  of which commit -> committed (1 s appended)', measured.committedMs, baseline),
            ],
            sections: {
                loopback: {
                    ws_echo: summary(floor),
                    commit_to_first_audio: summary(measured.firstAudioMs),
                    commit_to_committed: summary(measured.committedMs),
                },
            },
        };
    },
};
//# sourceMappingURL=loopback.js.map