import { type PcmFrame } from './pcm.js';
/** Parses a RIFF/WAVE buffer holding 16-bit PCM; `source` names it in errors. */
export declare function parseWav(data: Buffer, source?: string): PcmFrame;
export declare function readWav(path: string): Promise<PcmFrame>;
/** Encodes a frame as a canonical 44-byte-header WAV. */
export declare function encodeWav(frame: PcmFrame): Buffer;
export declare function writeWav(path: string, frame: PcmFrame): Promise<void>;
