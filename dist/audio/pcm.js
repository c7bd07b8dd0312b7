// PCM16 frames: interleaved signed 16-bit samples with their rate and channel count, and the
// conversions every stage needs (down-mix to mono, durations). Codecs and resampling live next door.
import { FrameworkError } from '../errors.js';
/** The model's own rate: 24 kHz mono PCM16. */
export const MODEL_RATE = 24_000;
/** LiveKit room audio rate. */
export const ROOM_RATE = 48_000;
export function pcmFrame(samples, sampleRate, channels = 1) {
    if (!Number.isInteger(sampleRate) || sampleRate < 8_000 || sampleRate > 48_000) {
        throw new FrameworkError('AUDIO_FORMAT', `sample rate ${sampleRate} Hz is outside 8000-48000 Hz`);
    }
    if (channels !== 1 && channels !== 2) {
        throw new FrameworkError('AUDIO_FORMAT', `${channels} channels given; only mono and stereo are supported`);
    }
    if (samples.length % channels !== 0) {
        throw new FrameworkError('AUDIO_FORMAT', `${samples.length} samples do not split into ${channels} channels`);
    }
    return { samples, sampleRate, channels };
}
/** Averages interleaved channels into one; a mono input is returned as is (no copy). */
export function downmixToMono(samples, channels) {
    if (channels === 1)
        return samples;
    const frames = Math.floor(samples.length / channels);
    const mono = new Int16Array(frames);
    for (let i = 0, j = 0; i < frames; i++, j += channels) {
        let sum = 0;
        for (let c = 0; c < channels; c++)
            sum += samples[j + c];
        mono[i] = Math.round(sum / channels);
    }
    return mono;
}
/** Duration in milliseconds of `sampleCount` mono samples at `sampleRate`. */
export function samplesToMs(sampleCount, sampleRate) {
    return (sampleCount * 1000) / sampleRate;
}
/** Concatenates sample runs into one array. */
export function concatSamples(parts) {
    let total = 0;
    for (const part of parts)
        total += part.length;
    const out = new Int16Array(total);
    let offset = 0;
    for (const part of parts) {
        out.set(part, offset);
        offset += part.length;
    }
    return out;
}
//# sourceMappingURL=pcm.js.map