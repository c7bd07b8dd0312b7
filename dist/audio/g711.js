// G.711 mu-law and A-law companding (8 kHz telephony audio) for PCM16 samples. Encoding goes through
// a 64 K lookup table built once, decoding through a 256-entry one, so the hot path is one read a sample.
const MULAW_BIAS = 0x84;
const CLIP = 32635;
function mulawEncodeSample(sample) {
    const sign = (sample >> 8) & 0x80;
    let magnitude = sign !== 0 ? -sample : sample;
    magnitude = Math.min(magnitude + MULAW_BIAS, CLIP);
    const exponent = Math.max(0, 31 - Math.clz32((magnitude >> 7) & 0xff));
    const mantissa = (magnitude >> (exponent + 3)) & 0x0f;
    return ~(sign | (exponent << 4) | mantissa) & 0xff;
}
function mulawDecodeSample(code) {
    const inverted = ~code & 0xff;
    const exponent = (inverted >> 4) & 0x07;
    const mantissa = inverted & 0x0f;
    const magnitude = (((mantissa << 3) + MULAW_BIAS) << exponent) - MULAW_BIAS;
    return inverted & 0x80 ? -magnitude : magnitude;
}
function alawEncodeSample(input) {
    const sample = input === -32768 ? -32767 : input;
    const sign = (~sample >> 8) & 0x80;
    const magnitude = Math.min(sign ? sample : -sample, CLIP);
    let companded;
    if (magnitude >= 256) {
        const exponent = 32 - Math.clz32((magnitude >> 8) & 0x7f);
        companded = (exponent << 4) | ((magnitude >> (exponent + 3)) & 0x0f);
    }
    else {
        companded = magnitude >> 4;
    }
    return (companded ^ (sign ^ 0x55)) & 0xff;
}
function alawDecodeSample(code) {
    const value = code ^ 0x55;
    const magnitudeBits = value & 0x7f;
    const position = (magnitudeBits >> 4) + 4;
    const magnitude = position !== 4
        ? (1 << position) | ((magnitudeBits & 0x0f) << (position - 4)) | (1 << (position - 5))
        : (magnitudeBits << 1) | 1;
    // A-law's sign bit set means a positive sample.
    return (value & 0x80 ? magnitude : -magnitude) * 8;
}
function buildTables(encodeSample, decodeSample) {
    const encode = new Uint8Array(65_536);
    for (let s = -32_768; s < 32_768; s++)
        encode[s & 0xffff] = encodeSample(s);
    const decode = new Int16Array(256);
    for (let c = 0; c < 256; c++)
        decode[c] = decodeSample(c);
    return { encode, decode };
}
let mulaw;
let alaw;
function encodeWith(tables, samples) {
    const out = new Uint8Array(samples.length);
    for (let i = 0; i < samples.length; i++)
        out[i] = tables.encode[samples[i] & 0xffff];
    return out;
}
function decodeWith(tables, codes) {
    const out = new Int16Array(codes.length);
    for (let i = 0; i < codes.length; i++)
        out[i] = tables.decode[codes[i]];
    return out;
}
export function mulawEncode(samples) {
    mulaw ??= buildTables(mulawEncodeSample, mulawDecodeSample);
    return encodeWith(mulaw, samples);
}
export function mulawDecode(codes) {
    mulaw ??= buildTables(mulawEncodeSample, mulawDecodeSample);
    return decodeWith(mulaw, codes);
}
export function alawEncode(samples) {
    alaw ??= buildTables(alawEncodeSample, alawDecodeSample);
    return encodeWith(alaw, samples);
}
export function alawDecode(codes) {
    alaw ??= buildTables(alawEncodeSample, alawDecodeSample);
    return decodeWith(alaw, codes);
}
//# sourceMappingURL=g711.js.map