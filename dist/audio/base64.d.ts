/** Raw little-endian bytes of the samples (a view, not a copy, on little-endian hosts). */
export declare function pcm16Bytes(samples: Int16Array): Buffer;
/** Samples from raw little-endian bytes; an odd trailing byte is dropped. */
export declare function pcm16FromBytes(bytes: Uint8Array): Int16Array;
export declare function pcm16ToBase64(samples: Int16Array): string;
export declare function base64ToPcm16(text: string): Int16Array;
/** True when `text` is well-formed base64 (standard alphabet, correct padding). */
export declare function isBase64(text: string): boolean;
