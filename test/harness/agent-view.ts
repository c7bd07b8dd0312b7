// What a person in a room sees of an agent (its final transcript lines and its state attribute), and
// the model-session handovers among its recorded events, and waiting on a condition with a message
// naming what was awaited.
import type { RemoteParticipant } from '@livekit/rtc-node';
import { RoomEvent } from '@livekit/rtc-node';
import type { AgentEvents, SessionHandover } from '../../src/relay/agent-events.js';
import { AGENT_STATE_ATTRIBUTE } from '../../src/room/agent-state.js';
import { FINAL_ATTRIBUTE, TRANSCRIPTION_TOPIC } from '../../src/room/transcripts.js';
import type { VoiceParticipant } from '../../src/room/voice-participant.js';

/** What a person in the room sees of the agent: its transcript lines and its state attribute. */
export interface AgentView {
  /** Final transcript lines, in arrival order, with who they are attributed to. */
  lines: { from: string; text: string; at: number }[];
  /** Every value `lk.agent.state` took, in order. */
  states: string[];
}

/** Starts watching what `person` sees of agents (call before the agent joins, or right after joining). */
export function watchAgent(person: VoiceParticipant): AgentView {
  const view: AgentView = { lines: [], states: [] };
  person.room.registerTextStreamHandler(TRANSCRIPTION_TOPIC, (reader, from) => {
    if (reader.info.attributes?.[FINAL_ATTRIBUTE] !== 'true') return;
    void reader.readAll().then((text) => view.lines.push({ from: from.identity, text, at: person.now() }));
  });
  const noteState = (participant: RemoteParticipant) => {
    const state = participant.attributes[AGENT_STATE_ATTRIBUTE];
    if (state !== undefined && view.states.at(-1) !== state) view.states.push(state);
  };
  for (const participant of person.room.remoteParticipants.values()) noteState(participant);
  person.room.on(RoomEvent.ParticipantConnected, noteState);
  person.room.on(RoomEvent.ParticipantAttributesChanged, (_changed, participant) => {
    if (participant.identity === person.room.localParticipant?.identity) return;
    noteState(participant as RemoteParticipant);
  });
  return view;
}

/** Resolves when `check` holds (polled every 50 ms), or rejects after `timeoutMs` saying what was awaited. */
export async function until(check: () => boolean, what: string, timeoutMs = 30_000): Promise<void> {
  const started = performance.now();
  while (!check()) {
    if (performance.now() - started > timeoutMs)
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** A model session's move to a new socket, as the agent reported it (a `session` event that was one). */
export interface Handover extends SessionHandover {
  kind: 'reconnect' | 'rollover';
  sessionId: string | null;
}

/** The handovers among an agent's recorded events, in order. */
export function handovers(events: readonly { name: string; payload: unknown }[]): Handover[] {
  return events.flatMap(({ name, payload }) => {
    if (name !== 'session') return [];
    const { change, sessionId, handover } = payload as AgentEvents['session'];
    if (!handover || (change !== 'reconnected' && change !== 'rolled_over')) return [];
    return [{ kind: change === 'reconnected' ? 'reconnect' : 'rollover', sessionId, ...handover }];
  });
}
