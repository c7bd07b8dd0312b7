// What a running agent tells the world, as a typed event map: turns with their speaker, transcript
// lines, agent state, floor decisions and changes, interruptions, tool calls, usage, errors and the end.
// Transcripts to the room, telemetry, the HTTP API and the playground observe these events; nothing
// outside the relay reaches into its internals.
import type { RealtimeResponseUsage } from '../realtime/index.js';
import type { AgentState } from '../room/agent-state.js';
import type { ToolResult } from '../tools/executor.js';
import { TypedEmitter } from '../typed-emitter.js';
import type { FloorPolicyName } from './floor-policy.js';

/** A person as the events name them: their identity as LiveKit knows it, and a sanitised display name. */
export interface SpeakerRef {
  identity: string;
  name: string;
}

/** How a model session moved to a new socket with the conversation carried over. */
export interface SessionHandover {
  previousSessionId: string;
  /** Tries it took (1 for a rollover). */
  attempts: number;
  replayedItems: number;
  /** A cut-off answer was asked again. */
  rerequested: boolean;
}

export interface AgentEvents {
  /** The agent's state in the room (`lk.agent.state` follows it). */
  state: { state: AgentState };
  /** Someone started talking; `heard` says whether the model hears it (live or buffered). */
  speech_started: { speaker: SpeakerRef; heard: boolean };
  /**
   * A user turn reached the model as item `itemId`, attributed to its speaker: streamed `live`, or
   * `buffered` while someone else held the floor. `conversation` is `room`, or the listener's identity
   * in per-participant mode. A turn with no speaker came from the model's own idle prompt.
   */
  turn: { conversation: string; itemId: string; speaker: SpeakerRef | undefined; live: boolean };
  /** A transcript line of a user turn (input transcription) or of the agent's speech (its output). */
  transcript: {
    conversation: string;
    role: 'user' | 'agent';
    itemId: string;
    text: string;
    final: boolean;
    /** The user who spoke (user lines). */
    speaker?: SpeakerRef;
    /** Only this participant may see the line (the agent's answers in per-participant mode). */
    to?: string;
  };
  /** Whether the agent answers a turn, and why, by the floor policy. */
  decision: {
    conversation: string;
    itemId: string;
    speaker: SpeakerRef | undefined;
    answer: boolean;
    reason: string;
  };
  /** The floor policy in force (at start, and after each change). */
  floor: { policy: FloorPolicyName; holder: SpeakerRef | undefined; changedBy: string | undefined };
  /** The agent's speech was cut: by whom, which item, and how much of it listeners heard. */
  interrupted: { conversation: string; by: SpeakerRef | undefined; itemId: string; heardMs: number };
  tool_call: {
    conversation: string;
    callId: string;
    name: string;
    caller: SpeakerRef | undefined;
    status: 'started' | ToolResult['status'];
    durationMs?: number;
  };
  /** Token usage of one finished response; `speaker` is the person it answered, when one was. */
  usage: {
    conversation: string;
    responseId: string;
    usage: RealtimeResponseUsage | null;
    speaker?: SpeakerRef;
  };
  /**
   * A conversation's model session opened, moved to a new socket after a drop (`reconnected`) or to a
   * new session before the session cap (`rolled_over`), or closed. `participant`: who it hears, when it
   * is one person's (modes single and per-participant). `handover`: how a move went, for the two moves.
   */
  session: {
    conversation: string;
    sessionId: string | null;
    change: 'opened' | 'reconnected' | 'rolled_over' | 'closed';
    participant?: string;
    handover?: SessionHandover;
  };
  /**
   * The answer to a user's turn started playing, `latencyMs` after the end of their speech (the turn's
   * commit less the turn detector's silence window).
   */
  reply_started: { conversation: string; itemId: string; latencyMs: number };
  /** Something went wrong that the room may need to know about. */
  error: { code: string; message: string; conversation?: string };
  /** The agent left the room. */
  ended: { reason: string };
}

/** Every event name, for observers that forward them all (the room's event feed). */
export const AGENT_EVENT_NAMES = [
  'state',
  'speech_started',
  'turn',
  'transcript',
  'decision',
  'floor',
  'interrupted',
  'tool_call',
  'usage',
  'session',
  'reply_started',
  'error',
  'ended',
] as const satisfies readonly (keyof AgentEvents)[];
// Fails to compile when an event is added to AgentEvents but not to the list.
const everyEventListed: Record<keyof AgentEvents, true> = Object.fromEntries(
  AGENT_EVENT_NAMES.map((name) => [name, true]),
) as Record<(typeof AGENT_EVENT_NAMES)[number], true>;
void everyEventListed;

/** The agent's events: listeners anywhere, emitting only inside the relay. */
export class AgentEventBus extends TypedEmitter<AgentEvents> {
  publish<K extends keyof AgentEvents>(name: K, payload: AgentEvents[K]): void {
    this.emit(name, payload);
  }
}

/** The read side of the agent's events. */
export type AgentEventSource = Pick<AgentEventBus, 'on' | 'once' | 'off' | 'next'>;
