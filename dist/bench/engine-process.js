// The local engine as one separate process for the room benches, so its CPU and memory are reported apart
// from the frameworks': `src/cli/engine.ts` (what `pnpm engine` runs) with the script behaviour, answering
// every turn (and every greeting) at once with the same spoken reply. The reply is cut to start at its
// first loud sample, so the first audio frame of an answer is also the first one a listener can tell
// from silence.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { downmixToMono, MODEL_RATE } from '../audio/pcm.js';
import { resampleClip } from '../audio/resampler.js';
import { readWav, writeWav } from '../audio/wav.js';
import { BenchChild } from './child-process.js';
import { fromSpeechStart, speechEndMs } from './speech-source.js';
/** Writes the reply clip and the engine script that plays it for every response; returns the script. */
async function writeReplyScript(dir, replyWav) {
    const wav = await readWav(replyWav);
    const mono = resampleClip(downmixToMono(wav.samples, wav.channels), wav.sampleRate, MODEL_RATE);
    const spoken = fromSpeechStart(mono.subarray(0, Math.round((speechEndMs(mono, MODEL_RATE) * MODEL_RATE) / 1000)));
    await writeWav(join(dir, 'reply.wav'), { samples: spoken, sampleRate: MODEL_RATE, channels: 1 });
    const script = join(dir, 'reply-script.json');
    await writeFile(script, JSON.stringify({ turns: [{ wav: 'reply.wav', transcript: 'The bench reply.' }], after_last: 'repeat' }));
    return { script, replyMs: (spoken.length * 1000) / MODEL_RATE };
}
export async function startEngineProcess(options) {
    const dir = await mkdtemp(join(tmpdir(), 'bench-engine-'));
    const { script, replyMs } = await writeReplyScript(dir, options.replyWav);
    const child = new BenchChild('src/cli/engine.ts', {
        name: 'engine',
        args: [
            '--port',
            '0',
            '--behaviour',
            'script',
            '--script',
            script,
            ...(options.speed ? ['--speed', String(options.speed)] : []),
        ],
        env: { LOG_LEVEL: 'warn' },
        logger: options.logger,
    });
    try {
        const [, url, httpUrl] = await child.line(/realtime endpoint (\S+)\?model=\S+\s+\(SDK base URL (\S+)\)/, 180_000);
        return {
            url: url,
            httpUrl: httpUrl,
            pid: child.pid,
            replyMs,
            stop: async () => {
                await child.stop();
                await rm(dir, { recursive: true, force: true });
            },
        };
    }
    catch (error) {
        await child.stop();
        await rm(dir, { recursive: true, force: true });
        throw error;
    }
}
//# sourceMappingURL=engine-process.js.map