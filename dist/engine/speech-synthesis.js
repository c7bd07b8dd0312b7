// Spoken text for the engine's replies: runs espeak-ng (a Debian package) for a line of text, reads
// the WAV it writes to stdout and brings it to the model's 24 kHz. When espeak-ng is not installed the
// error says so and how to fix it.
import { spawn } from 'node:child_process';
import { downmixToMono, MODEL_RATE } from '../audio/pcm.js';
import { resampleClip } from '../audio/resampler.js';
import { parseWav } from '../audio/wav.js';
import { FrameworkError } from '../errors.js';
const ESPEAK = 'espeak-ng';
/** espeak-ng voice variants standing in for the hosted voices, so a voice change is audible. */
const VOICE_VARIANTS = {
    alloy: 'en-us',
    ash: 'en-us+m3',
    ballad: 'en-gb+m2',
    coral: 'en-us+f2',
    echo: 'en-us+m1',
    sage: 'en-gb+f3',
    shimmer: 'en-us+f4',
    verse: 'en-gb+m4',
    marin: 'en-us+f3',
    cedar: 'en-us+m2',
};
/** Synthesises `text` with espeak-ng; returns mono PCM16 at 24 kHz. */
export function speak(text, voice = 'alloy', signal) {
    return new Promise((resolve, reject) => {
        const child = spawn(ESPEAK, ['--stdout', '-v', VOICE_VARIANTS[voice] ?? 'en-us', '-s', '175', text], {
            stdio: ['ignore', 'pipe', 'pipe'],
            signal,
        });
        const out = [];
        const err = [];
        child.stdout.on('data', (chunk) => out.push(chunk));
        child.stderr.on('data', (chunk) => err.push(chunk));
        child.on('error', (error) => {
            if (error.code === 'ENOENT') {
                reject(new FrameworkError('SPEECH_SYNTHESIS_UNAVAILABLE', 'espeak-ng is not installed, so the local engine cannot speak text replies. Install it (apt-get install espeak-ng), give the reply a WAV file, or use output_modalities ["text"].', { cause: error }));
            }
            else
                reject(error);
        });
        child.on('close', (code) => {
            if (code !== 0) {
                reject(new FrameworkError('SPEECH_SYNTHESIS_UNAVAILABLE', `espeak-ng exited with code ${code}: ${Buffer.concat(err).toString().trim()}`));
                return;
            }
            try {
                const frame = parseWav(Buffer.concat(out), 'espeak-ng output');
                resolve(resampleClip(downmixToMono(frame.samples, frame.channels), frame.sampleRate, MODEL_RATE));
            }
            catch (error) {
                reject(error);
            }
        });
    });
}
//# sourceMappingURL=speech-synthesis.js.map