import { type Room } from '@livekit/rtc-node';
/** Subscribes to every audio publication; returns a function that stops following new ones. */
export declare function subscribeToAudio(room: Room): () => void;
