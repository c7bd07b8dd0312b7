// An agent in a real room, run in the test's own process: a real livekit-server, the local engine (so a
// test can read what the model's conversation holds), an rtc-node Room joined with an agent token and
// `runAgent` on it, and rtc-node people who speak WAVs. Every agent event is recorded with its time.
// One stack per test file: closing it releases rtc-node for the whole process. Tests that inject faults
// pass their own deps (logger, engine URL, data folder) and tokens with attributes or grants. An attempt
// that fails takes its agents and people out of the room, so the retry starts in a clean room.
import { fileURLToPath } from 'node:url';
import { dispose, Room } from '@livekit/rtc-node';
import { AccessToken, type VideoGrant } from 'livekit-server-sdk';
import pino from 'pino';
import {
  type AgentDefinitionInput,
  checkDefinition,
  checkDefinitionYaml,
  type LoadedDefinition,
} from '../../src/definition/index.js';
import { type EngineOptions, type RunningEngine, startEngine } from '../../src/engine/index.js';
import { AGENT_EVENT_NAMES, type AgentEvents } from '../../src/relay/agent-events.js';
import { type AgentDeps, type RunningAgent, runAgent } from '../../src/relay/run-agent.js';
import { VoiceParticipant } from '../../src/room/voice-participant.js';
import { ifAttemptFails } from './attempt.js';
import { startTestLiveKit, type TestLiveKit } from './livekit.js';

export const PROJECT_DIR = fileURLToPath(new URL('../../', import.meta.url));
export const quietLogger = pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' });

/** A checked definition from plain data or YAML text, as if loaded from `agents/<name>.yaml`. */
export function definition(data: AgentDefinitionInput | string): LoadedDefinition {
  const check =
    typeof data === 'string'
      ? checkDefinitionYaml(data, 'test-agent.yaml')
      : checkDefinition(data, `test:${data.name}`);
  const errors = check.problems.filter((problem) => problem.severity === 'error');
  if (!check.definition || errors.length > 0) {
    throw new Error(
      `test definition ${check.file} is invalid: ${errors.map((p) => `${p.field}: ${p.message}`).join('; ')}`,
    );
  }
  return { file: check.file, definition: check.definition, warnings: check.problems, locate: check.locate };
}

export type RecordedEvent = {
  [K in keyof AgentEvents]: { name: K; at: number; payload: AgentEvents[K] };
}[keyof AgentEvents];

export interface AgentInRoom {
  agent: RunningAgent;
  room: Room;
  /** Every event the agent emitted, in order, with `performance.now()` times. */
  events: RecordedEvent[];
  of<K extends keyof AgentEvents>(name: K): AgentEvents[K][];
  /** The events named, one line each (ms since the first event, name, payload), for a failing test to print. */
  timeline(names: (keyof AgentEvents)[]): string[];
  /** Stops the agent and takes it out of the room. */
  stop(): Promise<void>;
}

/** What a person's token carries beyond joining, publishing and subscribing. */
export interface PersonToken {
  attributes?: Record<string, string>;
  grant?: Partial<VideoGrant>;
}

export interface RoomAgentStack {
  livekit: TestLiveKit;
  engine: RunningEngine;
  /**
   * Starts `loaded` in `room` (created if needed), on the stack's engine or the one given; `deps` replace
   * the stack's own (logger, engine URL, data folder, model sessions).
   */
  start(
    room: string,
    loaded: LoadedDefinition,
    engine?: RunningEngine,
    deps?: Partial<AgentDeps>,
  ): Promise<AgentInRoom>;
  /** A person joins `room` (publishing a microphone, 48 kHz mono unless given) as `identity`, shown as `name`. */
  join(
    room: string,
    identity: string,
    name?: string,
    microphone?: ConstructorParameters<typeof VoiceParticipant>[0],
    token?: PersonToken,
  ): Promise<VoiceParticipant>;
  close(): Promise<void>;
}

export async function startRoomAgentStack(
  engineOptions: Omit<EngineOptions, 'log'> = {},
): Promise<RoomAgentStack> {
  const livekit = await startTestLiveKit();
  const engine = await startEngine({ log: quietLogger, ...engineOptions });
  const running: AgentInRoom[] = [];
  const people: VoiceParticipant[] = [];

  const tokenFor = async (
    room: string,
    identity: string,
    name: string,
    kind?: 'agent',
    extra: PersonToken = {},
  ) => {
    const token = new AccessToken(livekit.apiKey, livekit.apiSecret, {
      identity,
      name,
      attributes: extra.attributes,
    });
    if (kind) token.kind = kind;
    token.addGrant({
      room,
      roomJoin: true,
      canPublish: true,
      canSubscribe: true,
      canPublishData: true,
      // What LiveKit grants a dispatched agent: it sets its own attributes (lk.agent.state).
      agent: kind === 'agent',
      canUpdateOwnMetadata: kind === 'agent',
      ...extra.grant,
    });
    return token.toJwt();
  };

  return {
    livekit,
    engine,
    async start(roomName, loaded, model = engine, deps = {}) {
      await livekit.rooms.createRoom({ name: roomName }).catch(() => undefined);
      const room = new Room();
      await room.connect(livekit.url, await tokenFor(roomName, `agent-${roomName}`, 'agent', 'agent'), {
        autoSubscribe: true,
        dynacast: false,
      });
      const agent = await runAgent(room, loaded, {
        logger: quietLogger,
        projectDir: PROJECT_DIR,
        engineUrl: model.url,
        ...deps,
      });
      const events: RecordedEvent[] = [];
      for (const name of AGENT_EVENT_NAMES) {
        agent.events.on(name, (payload) =>
          events.push({ name, at: performance.now(), payload } as RecordedEvent),
        );
      }
      const inRoom: AgentInRoom = {
        agent,
        room,
        events,
        of: (name) => events.filter((event) => event.name === name).map((event) => event.payload) as never,
        timeline: (names) =>
          events
            .filter((event) => names.includes(event.name))
            .map(
              (event) =>
                `${Math.round(event.at - (events[0]?.at ?? 0))} ${event.name} ${JSON.stringify(event.payload)}`,
            ),
        async stop() {
          await agent.close();
          await room.disconnect();
        },
      };
      running.push(inRoom);
      ifAttemptFails(() => inRoom.stop());
      return inRoom;
    },
    async join(roomName, identity, name = identity, microphone = {}, token = {}) {
      const person = new VoiceParticipant(microphone);
      await person.join(livekit.url, await tokenFor(roomName, identity, name, undefined, token));
      people.push(person);
      ifAttemptFails(() => person.leave());
      return person;
    },
    async close() {
      for (const person of people) await person.leave().catch(() => undefined);
      for (const inRoom of running) await inRoom.stop().catch(() => undefined);
      await engine.close();
      await livekit.close();
      await dispose();
    },
  };
}
