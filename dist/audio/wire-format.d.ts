export type WireAudioFormat = 'audio/pcm' | 'audio/pcmu' | 'audio/pcma';
export declare const G711_RATE = 8000;
export declare function wireRate(format: WireAudioFormat): number;
export declare function wireBytesPerSample(format: WireAudioFormat): number;
/** Decodes wire bytes to PCM16 samples at `wireRate(format)`. */
export declare function decodeWire(format: WireAudioFormat, bytes: Uint8Array): Int16Array;
/** Encodes PCM16 samples (already at `wireRate(format)`) to wire bytes. */
export declare function encodeWire(format: WireAudioFormat, samples: Int16Array): Buffer;
