// base64 framing of PCM16 for the realtime wire: samples to a base64 string and back, viewing the
// same memory instead of copying where the platform (little-endian) and alignment allow.
import { endianness } from 'node:os';
const littleEndian = endianness() === 'LE';
/** Raw little-endian bytes of the samples (a view, not a copy, on little-endian hosts). */
export function pcm16Bytes(samples) {
    if (littleEndian)
        return Buffer.from(samples.buffer, samples.byteOffset, samples.byteLength);
    const out = Buffer.allocUnsafe(samples.byteLength);
    for (let i = 0; i < samples.length; i++)
        out.writeInt16LE(samples[i], i * 2);
    return out;
}
/** Samples from raw little-endian bytes; an odd trailing byte is dropped. */
export function pcm16FromBytes(bytes) {
    const count = bytes.byteLength >> 1;
    if (littleEndian && bytes.byteOffset % 2 === 0)
        return new Int16Array(bytes.buffer, bytes.byteOffset, count);
    const out = new Int16Array(count);
    const view = new DataView(bytes.buffer, bytes.byteOffset, count * 2);
    for (let i = 0; i < count; i++)
        out[i] = view.getInt16(i * 2, true);
    return out;
}
export function pcm16ToBase64(samples) {
    return pcm16Bytes(samples).toString('base64');
}
export function base64ToPcm16(text) {
    return pcm16FromBytes(Buffer.from(text, 'base64'));
}
/** True when `text` is well-formed base64 (standard alphabet, correct padding). */
export function isBase64(text) {
    return text.length % 4 === 0 && /^[A-Za-z0-9+/]*={0,2}$/.test(text);
}
//# sourceMappingURL=base64.js.map