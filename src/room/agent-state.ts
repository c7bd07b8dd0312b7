// The agent's state as LiveKit front ends read it: the participant attribute `lk.agent.state`
// (initializing, listening, thinking, speaking). Publishing never holds anything up: the newest state
// wins, one update is in flight at a time, and a slow or failed update is only logged.
import type { Room } from '@livekit/rtc-node';
import type { Logger } from '../telemetry/log.js';

export const AGENT_STATE_ATTRIBUTE = 'lk.agent.state';

export type AgentState = 'initializing' | 'listening' | 'thinking' | 'speaking';

export class AgentStateAttribute {
  readonly #room: Room;
  readonly #logger: Logger;
  /** The state the room has, or is being told. */
  #published: AgentState | undefined;
  /** The state to publish once the update in flight lands. */
  #next: AgentState | undefined;
  #inFlight = false;

  constructor(room: Room, logger: Logger) {
    this.#room = room;
    this.#logger = logger;
  }

  /** Sets the state; returns at once. */
  set(state: AgentState): void {
    this.#next = state;
    if (!this.#inFlight) void this.#flush();
  }

  async #flush(): Promise<void> {
    this.#inFlight = true;
    try {
      while (this.#next !== undefined && this.#next !== this.#published) {
        const state = this.#next;
        this.#next = undefined;
        const participant = this.#room.localParticipant;
        if (!participant || !this.#room.isConnected) return;
        const started = performance.now();
        try {
          await participant.setAttributes({ [AGENT_STATE_ATTRIBUTE]: state });
          this.#published = state;
        } catch (error) {
          this.#logger.warn({ err: error, state }, 'agent state not published');
        }
        const tookMs = performance.now() - started;
        if (tookMs > 1_000)
          this.#logger.warn({ state, tookMs: Math.round(tookMs) }, 'agent state update was slow');
      }
    } finally {
      this.#inFlight = false;
    }
  }
}
