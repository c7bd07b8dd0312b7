import { z } from 'zod';
/**
 * latency: answers each turn of one talker. greeter: the same, and greets when it joins (dispatch).
 * shared: one session hears every talker in the room (participants.mode shared, floor open).
 * tools: answers with a local tool call or an MCP stdio tool call, as the engine script asks.
 */
export declare const AGENT_ROLES: readonly ["latency", "greeter", "shared", "tools"];
export type AgentRole = (typeof AGENT_ROLES)[number];
/** The engine's silence window that ends a turn, ms: every row waits it out, and it is subtracted. */
export declare const SILENCE_WINDOW_MS = 500;
export declare const GREETING = "Hello, I am here.";
/** Identities of the bench's talking participants start with this. */
export declare const TALKER_PREFIX = "talker-";
export declare const TALKER_PATTERN = "talker-*";
/** The name the peer's worker registers under. */
export declare const PEER_AGENT_NAME = "bench-peer";
/** What the peer's agent module is told in the dispatch metadata. */
export declare const peerMetadataSchema: z.ZodObject<{
    role: z.ZodEnum<{
        shared: "shared";
        tools: "tools";
        latency: "latency";
        greeter: "greeter";
    }>;
    talker: z.ZodString;
}, z.core.$strict>;
export type PeerMetadata = z.infer<typeof peerMetadataSchema>;
