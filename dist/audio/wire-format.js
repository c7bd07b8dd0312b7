// The three realtime wire audio formats (PCM16 24 kHz, G.711 mu-law, G.711 A-law): their rates and
// the conversion between wire bytes and PCM16 samples at the format's own rate.
import { pcm16Bytes, pcm16FromBytes } from './base64.js';
import { alawDecode, alawEncode, mulawDecode, mulawEncode } from './g711.js';
import { MODEL_RATE } from './pcm.js';
export const G711_RATE = 8_000;
export function wireRate(format) {
    return format === 'audio/pcm' ? MODEL_RATE : G711_RATE;
}
export function wireBytesPerSample(format) {
    return format === 'audio/pcm' ? 2 : 1;
}
/** Decodes wire bytes to PCM16 samples at `wireRate(format)`. */
export function decodeWire(format, bytes) {
    switch (format) {
        case 'audio/pcm':
            return pcm16FromBytes(bytes);
        case 'audio/pcmu':
            return mulawDecode(bytes);
        case 'audio/pcma':
            return alawDecode(bytes);
    }
}
/** Encodes PCM16 samples (already at `wireRate(format)`) to wire bytes. */
export function encodeWire(format, samples) {
    switch (format) {
        case 'audio/pcm':
            return pcm16Bytes(samples);
        case 'audio/pcmu': {
            const codes = mulawEncode(samples);
            return Buffer.from(codes.buffer, codes.byteOffset, codes.byteLength);
        }
        case 'audio/pcma': {
            const codes = alawEncode(samples);
            return Buffer.from(codes.buffer, codes.byteOffset, codes.byteLength);
        }
    }
}
//# sourceMappingURL=wire-format.js.map