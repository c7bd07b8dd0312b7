import type { WireSession } from './wire.js';
export declare const DEFAULT_INSTRUCTIONS = "You are the local realtime engine, a stand-in model for development and tests. Reply briefly and clearly.";
export declare function defaultSession(id: string, model: string, expiresAt: number): WireSession;
/**
 * Applies a `session.update` body to `current`, returning the new full session, or throws the one
 * hosted-shape error that rejects the whole update.
 */
export declare function applySessionUpdate(current: WireSession, body: Record<string, unknown>, assistantAudioPresent: boolean): WireSession;
