// WAV (RIFF, PCM16) reading and writing: the speech fixtures, the engine's scripted WAV replies and
// espeak-ng's output. Reads WAVE_FORMAT_PCM and WAVE_FORMAT_EXTENSIBLE with a PCM sub-format.
import { readFile, writeFile } from 'node:fs/promises';
import { FrameworkError } from '../errors.js';
import { pcm16Bytes, pcm16FromBytes } from './base64.js';
import { pcmFrame } from './pcm.js';
const FORMAT_PCM = 1;
const FORMAT_EXTENSIBLE = 0xfffe;
/** Parses a RIFF/WAVE buffer holding 16-bit PCM; `source` names it in errors. */
export function parseWav(data, source = 'WAV data') {
    const fail = (what) => {
        throw new FrameworkError('AUDIO_FORMAT', `${source}: ${what}`);
    };
    if (data.length < 12 ||
        data.toString('ascii', 0, 4) !== 'RIFF' ||
        data.toString('ascii', 8, 12) !== 'WAVE') {
        fail('not a RIFF/WAVE file');
    }
    let offset = 12;
    let format;
    while (offset + 8 <= data.length) {
        const id = data.toString('ascii', offset, offset + 4);
        const declared = data.readUInt32LE(offset + 4);
        const body = offset + 8;
        // Streams written to a pipe (espeak-ng --stdout) declare a huge size: read what is there.
        const size = Math.min(declared, data.length - body);
        if (id === 'fmt ') {
            if (size < 16)
                fail('fmt chunk is too short');
            let tag = data.readUInt16LE(body);
            if (tag === FORMAT_EXTENSIBLE && size >= 26)
                tag = data.readUInt16LE(body + 24);
            format = {
                tag,
                channels: data.readUInt16LE(body + 2),
                sampleRate: data.readUInt32LE(body + 4),
                bits: data.readUInt16LE(body + 14),
            };
        }
        else if (id === 'data') {
            if (!format)
                return fail('data chunk before fmt chunk');
            if (format.tag !== FORMAT_PCM)
                fail(`audio format tag ${format.tag} is not PCM`);
            if (format.bits !== 16)
                fail(`${format.bits}-bit samples; only 16-bit PCM is supported`);
            const bytes = data.subarray(body, body + size - (size % (2 * format.channels)));
            return pcmFrame(pcm16FromBytes(bytes).slice(), format.sampleRate, format.channels);
        }
        offset = body + size + (size % 2);
    }
    return fail('no data chunk');
}
export async function readWav(path) {
    return parseWav(await readFile(path), path);
}
/** Encodes a frame as a canonical 44-byte-header WAV. */
export function encodeWav(frame) {
    const bytes = pcm16Bytes(frame.samples);
    const header = Buffer.alloc(44);
    header.write('RIFF', 0, 'ascii');
    header.writeUInt32LE(36 + bytes.length, 4);
    header.write('WAVE', 8, 'ascii');
    header.write('fmt ', 12, 'ascii');
    header.writeUInt32LE(16, 16);
    header.writeUInt16LE(FORMAT_PCM, 20);
    header.writeUInt16LE(frame.channels, 22);
    header.writeUInt32LE(frame.sampleRate, 24);
    header.writeUInt32LE(frame.sampleRate * frame.channels * 2, 28);
    header.writeUInt16LE(frame.channels * 2, 32);
    header.writeUInt16LE(16, 34);
    header.write('data', 36, 'ascii');
    header.writeUInt32LE(bytes.length, 40);
    return Buffer.concat([header, bytes]);
}
export async function writeWav(path, frame) {
    await writeFile(path, encodeWav(frame));
}
//# sourceMappingURL=wav.js.map