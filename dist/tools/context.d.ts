import type { Logger } from '../telemetry/log.js';
/** A person or agent in the room, as a tool sees it. */
export interface ParticipantInfo {
    identity: string;
    name: string;
    kind: 'human' | 'sip' | 'agent';
}
/** The room side of a tool call. The room layer implements it; nothing here knows about LiveKit. */
export interface ToolRoom {
    readonly name: string;
    participants(): ParticipantInfo[];
    /** Sends a chat message to everyone in the room (LiveKit text stream, topic `lk.chat`). */
    sendChat(text: string): Promise<void>;
    /** Makes the agent leave the call. */
    leave(): Promise<void>;
}
export interface ToolAgent {
    name: string;
}
export interface ToolContext {
    room: ToolRoom;
    /** The participant whose turn led to this call, when the relay knows it. */
    participant: ParticipantInfo | undefined;
    agent: ToolAgent;
    logger: Logger;
    /** Aborted on timeout, barge-in and session end. */
    signal: AbortSignal;
    callId: string;
    /** The framework's data folder (notes, memory files). */
    dataDir: string;
}
