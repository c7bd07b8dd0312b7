// What a running tool may see and do: the room (a narrow interface the room layer implements), the
// participant whose turn led to the call, the agent, a logger and the abort signal of this one call.
// It owns no behaviour; the executor builds one context per call.
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
