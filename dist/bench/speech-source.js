// The audio the benches push through the path: a speech recording cut into 20 ms frames at 48 kHz,
// or, when none is available, a synthetic voiced signal of the same shape (said in the report).
import { downmixToMono, ROOM_RATE } from '../audio/pcm.js';
import { resampleClip } from '../audio/resampler.js';
import { readWav } from '../audio/wav.js';
export const FRAME_MS = 20;
export async function loadSpeech(path) {
    if (path) {
        const wav = await readWav(path);
        const mono = downmixToMono(wav.samples, wav.channels);
        return { samples: resampleClip(mono, wav.sampleRate, ROOM_RATE), origin: path };
    }
    return { samples: syntheticVoice(3_000), origin: 'synthetic voiced signal (no speech WAV found)' };
}
/** 20 ms frames of 48 kHz mono (the last partial frame dropped). */
export function framesOf(samples, rate = ROOM_RATE) {
    const size = (rate * FRAME_MS) / 1000;
    const frames = [];
    for (let offset = 0; offset + size <= samples.length; offset += size)
        frames.push(samples.slice(offset, offset + size));
    return frames;
}
/** A 140 Hz pulse train with harmonics and a syllable-rate envelope: speech-shaped, not speech. */
function syntheticVoice(ms) {
    const out = new Int16Array((ROOM_RATE * ms) / 1000);
    for (let i = 0; i < out.length; i++) {
        const t = i / ROOM_RATE;
        const envelope = 0.5 + 0.5 * Math.sin(2 * Math.PI * 4 * t);
        let sample = 0;
        for (let harmonic = 1; harmonic <= 8; harmonic++)
            sample += Math.sin(2 * Math.PI * 140 * harmonic * t) / harmonic;
        out[i] = Math.round(6000 * envelope * sample);
    }
    return out;
}
/** A level below which a sample counts as quiet when finding where speech starts and ends (-50 dBFS). */
const QUIET_LEVEL = 104;
/** Where speech ends in `samples`, ms from their start (0 for silence). */
export function speechEndMs(samples, rate = ROOM_RATE) {
    for (let i = samples.length - 1; i >= 0; i--)
        if (Math.abs(samples[i]) > QUIET_LEVEL)
            return ((i + 1) * 1000) / rate;
    return 0;
}
/** `samples` from their first loud sample on (an answer whose first frame is already speech). */
export function fromSpeechStart(samples) {
    const first = samples.findIndex((sample) => Math.abs(sample) > QUIET_LEVEL);
    return first < 0 ? samples : samples.subarray(first);
}
/**
 * The clip in `path` up to the end of its speech: after it, the talker's track carries silence by itself
 * (rtc-node sends silence when a source has nothing queued), so a turn need not wait out the file's tail.
 */
export async function spokenClip(path) {
    const speech = await loadSpeech(path);
    const endMs = speechEndMs(speech.samples);
    const end = Math.min(speech.samples.length, Math.ceil(((endMs + FRAME_MS) * ROOM_RATE) / 1000));
    return { samples: speech.samples.subarray(0, end), speechEndMs: endMs, origin: path };
}
//# sourceMappingURL=speech-source.js.map