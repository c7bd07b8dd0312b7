// An agent run in the test process, in a real room: a real LiveKit server, an rtc-node Room connected
// with an agent token running `runAgent` (the function the worker's job calls), and real rtc-node
// participants speaking espeak WAVs. Tests reach the agent's events, the engine and the rooms directly,
// which is what fault injection needs; the worker process is not involved.
import { fileURLToPath } from 'node:url';
import { dispose, type RemoteParticipant, Room, RoomEvent } from '@livekit/rtc-node';
import { AccessToken, type VideoGrant } from 'livekit-server-sdk';
import { checkDefinitionYaml, type LoadedDefinition } from '../../src/definition/index.js';
import type { AgentEvents } from '../../src/relay/agent-events.js';
import { type AgentDeps, type RunningAgent, runAgent } from '../../src/relay/run-agent.js';
import { AGENT_STATE_ATTRIBUTE } from '../../src/room/agent-state.js';
import { FINAL_ATTRIBUTE, TRANSCRIPTION_TOPIC } from '../../src/room/transcripts.js';
import { VoiceParticipant } from '../../src/room/voice-participant.js';
import { type Logger, log } from '../../src/telemetry/log.js';
import { startTestLiveKit, type TestLiveKit } from './livekit.js';

export const PROJECT_DIR = fileURLToPath(new URL('../../', import.meta.url));

/** A definition from YAML text; throws naming every problem. */
export function definitionFrom(yaml: string, file = 'test-agent.yaml'): LoadedDefinition {
  const check = checkDefinitionYaml(yaml, file);
  const errors = check.problems.filter((problem) => problem.severity === 'error');
  if (!check.definition || errors.length > 0) {
    throw new Error(`bad test definition: ${errors.map((p) => `${p.field}: ${p.message}`).join('; ')}`);
  }
  return { file, definition: check.definition, warnings: check.problems, locate: check.locate };
}

export interface AgentInRoom {
  room: Room;
  agent: RunningAgent;
  /** Every event the agent emitted, in order, with the time it came (ms since the agent started). */
  events: { at: number; name: keyof AgentEvents; payload: unknown }[];
  /** Closes the agent (if still running) and leaves the room. */
  close(): Promise<void>;
}

export interface JoinOptions {
  name?: string;
  attributes?: Record<string, string>;
  grant?: Partial<VideoGrant>;
}

export interface InProcessRooms {
  livekit: TestLiveKit;
  /** Connects an agent participant to `room` and runs `runAgent` there. */
  startAgent(room: string, loaded: LoadedDefinition, deps?: Partial<AgentDeps>): Promise<AgentInRoom>;
  /** A person joins `room` with a microphone track. */
  join(room: string, identity: string, options?: JoinOptions): Promise<VoiceParticipant>;
  close(): Promise<void>;
}

const EVENT_NAMES: (keyof AgentEvents)[] = [
  'state',
  'speech_started',
  'turn',
  'transcript',
  'decision',
  'floor',
  'interrupted',
  'handover',
  'tool_call',
  'usage',
  'error',
  'ended',
];

export async function startInProcessRooms(logger: Logger = log()): Promise<InProcessRooms> {
  const livekit = await startTestLiveKit();
  const people: VoiceParticipant[] = [];
  const agents: AgentInRoom[] = [];

  const token = async (room: string, identity: string, options: JoinOptions & { kind?: string } = {}) => {
    const access = new AccessToken(livekit.apiKey, livekit.apiSecret, {
      identity,
      name: options.name ?? identity,
      attributes: options.attributes,
    });
    if (options.kind) access.kind = options.kind;
    access.addGrant({ room, roomJoin: true, canPublish: true, canSubscribe: true, ...options.grant });
    return access.toJwt();
  };

  return {
    livekit,
    async startAgent(roomName, loaded, deps = {}) {
      const room = new Room();
      // The grants a LiveKit agent job's token carries: it sets its own attributes (lk.agent.state).
      const agentToken = await token(roomName, `agent-${roomName}`, {
        kind: 'agent',
        grant: { canUpdateOwnMetadata: true, agent: true },
      });
      await room.connect(livekit.url, agentToken, {
        autoSubscribe: true,
        dynacast: false,
      });
      const started = performance.now();
      const agent = await runAgent(room, loaded, { logger, projectDir: PROJECT_DIR, ...deps });
      const events: AgentInRoom['events'] = [];
      for (const name of EVENT_NAMES) {
        agent.events.on(name, (payload: unknown) =>
          events.push({ at: performance.now() - started, name, payload }),
        );
      }
      const inRoom: AgentInRoom = {
        room,
        agent,
        events,
        async close() {
          await agent.close('test over');
          await room.disconnect();
        },
      };
      agents.push(inRoom);
      return inRoom;
    },
    async join(roomName, identity, options = {}) {
      const person = new VoiceParticipant();
      await person.join(livekit.url, await token(roomName, identity, options));
      people.push(person);
      return person;
    },
    async close() {
      for (const agent of agents) await agent.close().catch(() => undefined);
      for (const person of people) await person.leave().catch(() => undefined);
      await livekit.close();
      await dispose();
    },
  };
}

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
