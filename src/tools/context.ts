// What a running tool may see and do: the room (a narrow interface the room layer implements), the
// participant whose turn led to the call, the agent, a logger, the abort signal of this one call and the
// data folder of its scope. It owns no behaviour; the executor builds one context per call.
import type { Logger } from '../telemetry/log.js';

/** A person or agent in the room, as a tool sees it. */
export interface ParticipantInfo {
  /** The identity as LiveKit knows it (for addressing and guards); may be any text, so show `name` instead. */
  identity: string;
  /** The display name (else the identity), made safe to show the model: one line, bounded, no label syntax. */
  name: string;
  kind: 'human' | 'sip' | 'agent';
  /** The participant's LiveKit attributes (set by the token issuer or the server; tool guards match them). */
  attributes: Readonly<Record<string, string>>;
}

/** What a participant is asked to confirm before a guarded tool runs. */
export interface ConfirmationRequest {
  /** `notes.clear` */
  tool: string;
  /** The model's arguments, as JSON text. */
  arguments: string;
  callId: string;
}

/** The room side of a tool call. The room layer implements it; nothing here knows about LiveKit. */
export interface ToolRoom {
  readonly name: string;
  participants(): ParticipantInfo[];
  /** The participant with this identity as they are now (their current attributes), if present. */
  participant(identity: string): ParticipantInfo | undefined;
  /** Sends a chat message to everyone in the room (LiveKit text stream, topic `lk.chat`). */
  sendChat(text: string): Promise<void>;
  /** Makes the agent leave the call. */
  leave(): Promise<void>;
  /**
   * Asks `identity` to confirm a tool call (a room RPC to their client). Resolves true only when they
   * confirmed; rejects with the reason when they could not be asked or did not answer in time.
   */
  confirm(
    identity: string,
    request: ConfirmationRequest,
    timeoutMs: number,
    signal: AbortSignal,
  ): Promise<boolean>;
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
  /**
   * The data folder of this agent's scope (notes, memory files): the room's own folder unless the
   * definition's `data_scope` says agent or global.
   */
  dataDir: string;
}
