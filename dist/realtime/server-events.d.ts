import type { RealtimeServerEvent } from './wire.js';
export type ParsedFrame = {
    ok: true;
    event: RealtimeServerEvent;
} | {
    ok: false;
    reason: string;
    type: string | undefined;
};
/** Parses one text frame from the server. */
export declare function parseServerFrame(frame: string): ParsedFrame;
