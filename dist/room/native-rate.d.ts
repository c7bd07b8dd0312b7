import { AudioFrame } from '@livekit/rtc-node';
/** Whether rtc-node converts to and from `rate` exactly (a whole number of samples per 10 ms, 8-48 kHz). */
export declare function rtcNodeConverts(rate: number): boolean;
/** The rate to ask rtc-node for when `rate` is wanted: `rate` itself, or 48 kHz to convert here. */
export declare function rtcNodeRate(rate: number): number;
/** Mono `frames` at `rate` (converted here when they come at another rate). */
export declare function framesAt(frames: AsyncIterable<AudioFrame>, rate: number): AsyncIterable<AudioFrame>;
