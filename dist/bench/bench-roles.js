// What the room benches ask of every agent they measure, by role, in one small module that the peer's
// job processes can import too (it loads nothing of this project's framework): the roles, the talkers
// an agent hears, the silence window that ends a turn, the greeting, and the peer's dispatch metadata.
import { z } from 'zod';
/**
 * latency: answers each turn of one talker. greeter: the same, and greets when it joins (dispatch).
 * shared: one session hears every talker in the room (participants.mode shared, floor open).
 * tools: answers with a local tool call or an MCP stdio tool call, as the engine script asks.
 */
export const AGENT_ROLES = ['latency', 'greeter', 'shared', 'tools'];
/** The engine's silence window that ends a turn, ms: every row waits it out, and it is subtracted. */
export const SILENCE_WINDOW_MS = 500;
export const GREETING = 'Hello, I am here.';
/** Identities of the bench's talking participants start with this. */
export const TALKER_PREFIX = 'talker-';
export const TALKER_PATTERN = `${TALKER_PREFIX}*`;
/** The name the peer's worker registers under. */
export const PEER_AGENT_NAME = 'bench-peer';
/** What the peer's agent module is told in the dispatch metadata. */
export const peerMetadataSchema = z.strictObject({
    role: z.enum(AGENT_ROLES),
    /** The talker RoomIO links (the peer hears one participant). */
    talker: z.string().min(1),
});
//# sourceMappingURL=bench-roles.js.map