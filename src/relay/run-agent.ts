// `runAgent`: assembles one agent definition into a running agent on a connected rtc-node Room, and
// runs it until it ends. The worker's job calls it, and so can the bench, the API and tests, in process.
// It wires the room (microphones in, the agent's voice tracks out, transcripts, state, the floor RPC)
// to the relay (speakers, conversations, floor policy), the model sessions and the tools, and reports
// everything as typed events. The caller owns the room: when `ended` settles it should leave.
import { randomUUID } from 'node:crypto';
import { type RemoteParticipant, type Room, RoomEvent } from '@livekit/rtc-node';
import type { InferenceSession } from 'onnxruntime-node';
import { loadSileroModel } from '../audio/vad/silero.js';
import { wireRate } from '../audio/wire-format.js';
import { type LoadedDefinition, ROOM_METADATA_MAX } from '../definition/index.js';
import { FrameworkError } from '../errors.js';
import { type ModelSession, type RealtimeClientOptions, RealtimeModelSession } from '../realtime/index.js';
import { loadRegistry } from '../registry/index.js';
import { dataDir as baseDataDir } from '../registry/plugin.js';
import { admits } from '../room/admission.js';
import { type AgentState, AgentStateAttribute } from '../room/agent-state.js';
import { DEFAULT_OBSERVER_IDENTITY, RoomEventFeed } from '../room/event-feed.js';
import { FloorAttribute } from '../room/floor-attribute.js';
import { ParticipantIntake } from '../room/intake.js';
import { TrackPermissions } from '../room/track-permissions.js';
import { RoomTranscripts } from '../room/transcripts.js';
import { VoiceTrack } from '../room/voice-track.js';
import type { Logger } from '../telemetry/log.js';
import type { ParticipantInfo } from '../tools/context.js';
import { scopedDataDir } from '../tools/data-scope.js';
import { ToolExecutor } from '../tools/executor.js';
import { guardRules, ToolGuards } from '../tools/guards.js';
import { Toolset } from '../tools/toolset.js';
import { AGENT_EVENT_NAMES, AgentEventBus, type AgentEventSource } from './agent-events.js';
import { agentFault, leavingLine } from './agent-fault.js';
import { observeAgent, pricedModel } from './agent-telemetry.js';
import { Conversation } from './conversation.js';
import { answerFloorRequests, registerFloorControl } from './floor-control.js';
import { FloorPolicy, type FloorPolicyName } from './floor-policy.js';
import { SessionLimits } from './limits.js';
import { MODEL_RETRYING_LINE } from './model-failure.js';
import {
  audioFormatOf,
  DEFAULT_TURN_DETECTION,
  type ModelSetup,
  openModelSetup,
  relayVadSettings,
} from './model-setup.js';
import { type OpenedConversation, Relay } from './relay.js';
import { Speaker } from './speaker.js';
import { speakerRef } from './speaker-label.js';
import { Playout } from './speech-output.js';
import { relayToolCalls } from './tool-calls.js';
import { LiveKitToolRoom, participantInfo } from './tool-room.js';

export interface AgentDeps {
  logger: Logger;
  /** Where plugins are found (`plugins/` under it). */
  projectDir: string;
  /** The data folder plugins keep data under, scoped per room by default (default ROOMVOICE_DATA_DIR, else `.data`). */
  dataDir?: string;
  /** For `provider: local`: an engine already running, instead of starting one for this agent. */
  engineUrl?: string;
  /** Opens model sessions (default: a realtime client to the definition's provider). */
  modelSession?(options: RealtimeClientOptions, logger: Logger): ModelSession;
  /** The identity the agent's event feed goes to (room/event-feed.ts; default roomvoice-observer). */
  observer?: string;
}

export interface RunningAgent {
  readonly name: string;
  readonly events: AgentEventSource;
  /** The floor policy in force (mode shared), else undefined. */
  readonly floor: FloorPolicyName | undefined;
  /** Switches the floor policy (mode shared); it applies from the next turn. */
  setFloor(policy: FloorPolicyName, by?: string): void;
  /** The agent's state in the room. */
  readonly state: AgentState;
  /** Settles with the reason once the agent has stopped (limits, room empty, a tool, `close`). */
  readonly ended: Promise<string>;
  close(reason?: string): Promise<void>;
}

const STATE_ORDER: AgentState[] = ['initializing', 'listening', 'thinking', 'speaking'];

export async function runAgent(room: Room, loaded: LoadedDefinition, deps: AgentDeps): Promise<RunningAgent> {
  const { definition } = loaded;
  const { participants } = definition;
  const local = room.localParticipant;
  if (!local || !room.isConnected) {
    throw new FrameworkError('ROOM_NOT_CONNECTED', 'runAgent needs a connected room: connect it first');
  }
  const logger = deps.logger.child({
    agent: definition.name,
    ...('room' in deps.logger.bindings() ? {} : { room: room.name }),
  });
  const events = new AgentEventBus(() => logger);
  observeAgent(events, { agent: definition.name, model: pricedModel(definition.model), logger });
  const stateAttribute = new AgentStateAttribute(room, logger);
  stateAttribute.set('initializing');

  const rate = wireRate(audioFormatOf(definition));
  // The agent's voice: one public track, or in per-participant mode one private track per listener.
  const privateTracks = participants.mode === 'per-participant';
  const permissions = privateTracks ? new TrackPermissions(local) : undefined;
  const publicTrack = privateTracks ? undefined : new VoiceTrack(room, rate);
  // An observer publishes no track: one appears with its first speech (after a switch of floor). The
  // publication starts first: listeners hear a new track some 250 ms after it is published, and that
  // runs while the model, tools and session are made ready. A conversation's opening waits for the
  // publication before its greeting.
  const publicPublished = participants.floor !== 'observer' ? publicTrack?.publish() : undefined;
  publicPublished?.catch(() => undefined); // its failure is met where an opening awaits it
  const roomValues = { name: room.name ?? '', metadata: room.metadata };
  if ((room.metadata ?? '').length > ROOM_METADATA_MAX) {
    logger.warn(
      { length: room.metadata?.length, limit: ROOM_METADATA_MAX },
      'room metadata is too long to read; templates see none of its fields',
    );
  }
  const dataDir = scopedDataDir(deps.dataDir ?? baseDataDir(), definition.data_scope, {
    room: roomValues.name,
    agent: definition.name,
  });
  const guards = new ToolGuards(guardRules(definition.tool_guards));
  const turns = definition.turn_detection ?? DEFAULT_TURN_DETECTION;
  const shared = participants.mode === 'shared';
  const relayCommits = turns.type === 'none';
  const needsSpeakerVad =
    shared || relayCommits || (participants.mode === 'single' && participants.link === 'first-speaker');
  // Made ready while the voice track's publication is under way; what a failure leaves open is closed.
  let model: ModelSetup | undefined;
  let toolset: Toolset | undefined;
  let vadModel: InferenceSession | undefined;
  try {
    model = await openModelSetup(loaded, roomValues, logger, { engineUrl: deps.engineUrl });
    toolset = new Toolset(
      await loadRegistry({ cwd: deps.projectDir }),
      { tools: definition.tools, mcp: definition.mcp },
      { logger, dataDir },
    );
    await toolset.start();
    if (needsSpeakerVad) vadModel = await loadSileroModel();
  } catch (error) {
    await toolset?.close();
    await model?.close();
    await publicTrack?.close();
    throw error;
  }
  const sessionTools = () =>
    toolset.definitions().map(({ name, description, parameters }) => ({ name, description, parameters }));
  const hasTools = sessionTools().length > 0;

  let endAgent: (reason: string) => void = () => undefined;
  const ended = new Promise<string>((resolve) => {
    endAgent = resolve;
  });
  const toolRoom = new LiveKitToolRoom(room, async () => endAgent('a tool asked the agent to leave'));

  const speakerVad = vadModel && { model: vadModel, settings: relayVadSettings(definition) };
  const floor = shared
    ? new FloorPolicy(participants.floor, participants.names ?? [], (by) =>
        events.publish('floor', { policy: floor!.policy, holder: floor!.holder, changedBy: by }),
      )
    : undefined;
  const openFloor = new FloorPolicy('open', []);

  const publicOutput = publicTrack ? new Playout(publicTrack, logger) : undefined;
  const voiceTrackOf = new Map<string, VoiceTrack>();
  if (publicTrack) voiceTrackOf.set('room', publicTrack);
  const micTrackOf = new Map<string, string>();

  let state: AgentState = 'listening';
  const updateState = () => {
    const states = relay.conversations().map((conversation) => conversation.state);
    const next =
      states.length === 0
        ? 'listening'
        : states.reduce((a, b) => (STATE_ORDER.indexOf(a) >= STATE_ORDER.indexOf(b) ? a : b));
    if (next === state) return;
    state = next;
    stateAttribute.set(next);
    events.publish('state', { state: next });
  };

  const open = (listener: ParticipantInfo | undefined, key: string): OpenedConversation => {
    const participant = listener && { identity: listener.identity, name: listener.name };
    const conversationLogger = logger.child({
      conversation: key,
      ...(listener ? { participant: listener.identity } : {}),
    });
    const options = model.clientOptions(participant, sessionTools());
    const session = deps.modelSession
      ? deps.modelSession(options, conversationLogger)
      : new RealtimeModelSession(options, { logger: conversationLogger });
    let track: VoiceTrack | undefined;
    let output = publicOutput;
    if (!output) {
      track = new VoiceTrack(room, rate, `agent-voice-${key}`);
      voiceTrackOf.set(key, track);
      output = new Playout(track, conversationLogger);
    }
    const executor = hasTools
      ? new ToolExecutor({
          tools: toolset,
          room: toolRoom,
          agent: { name: definition.name },
          defaultTimeoutMs: definition.limits.tool_timeout,
          logger: conversationLogger,
          dataDir,
          guards,
        })
      : undefined;
    const conversation = new Conversation({
      id: key,
      session,
      output,
      floor: floor ?? openFloor,
      events,
      logger: conversationLogger,
      shared,
      relayCommits,
      createResponse: turns.type === 'none' || turns.create_response !== false,
      interruptResponse: turns.type === 'none' || turns.interrupt_response !== false,
      silenceMs: relayVadSettings(definition).silenceDurationMs,
      hasTools,
      privateTo: track ? key : undefined,
      abortTools: () => executor?.abort('barge-in'),
      stateChanged: updateState,
    });
    const callerRef = () => {
      const caller = conversation.caller();
      return caller ? speakerRef(caller.identity, caller.name) : undefined;
    };
    const unwireTools = executor
      ? relayToolCalls(
          session,
          executor,
          {
            caller: () => conversation.caller(),
            respond: (onBehalfOf) => conversation.continueAfterTool(onBehalfOf),
            started: ({ callId, name }) =>
              events.publish('tool_call', {
                conversation: key,
                callId,
                name,
                caller: callerRef(),
                status: 'started',
              }),
            finished: (result) =>
              events.publish('tool_call', {
                conversation: key,
                callId: result.callId,
                name: result.name,
                caller: callerRef(),
                status: result.status,
                durationMs: result.durationMs,
              }),
          },
          conversationLogger,
        )
      : undefined;
    // The model cannot be reached: the room is told once per outage (state initializing, a line from the
    // agent) while the client retries; when it gives up, the service refuses the session, or the room
    // refuses the agent's voice track, the agent says why and ends (agent-fault.ts).
    let outageTold = false;
    let failed = false;
    let disposed = false;
    const notice = (text: string) =>
      events.publish('transcript', {
        conversation: key,
        role: 'agent',
        itemId: noticeItemId(),
        text,
        final: true,
        to: track ? key : undefined,
      });
    session.on('unavailable', ({ kind, attempt, maxAttempts, retryInMs, error }) => {
      conversationLogger.warn(
        { kind, attempt, maxAttempts, retryInMs, err: error },
        'model unavailable; retrying',
      );
      if (outageTold) return;
      outageTold = true;
      events.publish('error', {
        code: 'MODEL_UNAVAILABLE',
        message: `the model session could not be opened (${error.message}); trying again in ${retryInMs} ms`,
        conversation: key,
      });
      notice(MODEL_RETRYING_LINE);
    });
    const fail = (error: Error) => {
      if (failed || disposed) return;
      failed = true;
      const fault = agentFault(error);
      conversationLogger.error({ err: error, code: fault.code }, fault.logged);
      events.publish('error', { code: fault.code, message: error.message, conversation: key });
      notice(leavingLine(fault));
      endAgent(fault.ended);
    };
    session.on('closed', ({ error }) => {
      if (error) fail(error);
    });
    session.on('handover', (handover) => {
      outageTold = false;
      const { event } = handover;
      events.publish('session', {
        conversation: key,
        sessionId: event.sessionId,
        change: handover.kind === 'reconnect' ? 'reconnected' : 'rolled_over',
        participant: listener?.identity,
        handover: {
          previousSessionId: event.previousSessionId,
          attempts: handover.kind === 'reconnect' ? handover.event.attempts : 1,
          replayedItems: event.replayedItems,
          rerequested: event.rerequested,
        },
      });
    });
    const opening = (async () => {
      await Promise.all([
        publicPublished,
        track?.publish(permissions && { permissions, listener: key }),
        conversation.open(),
      ]);
      outageTold = false;
      conversationLogger.info({ session: session.sessionId }, 'realtime session ready');
      events.publish('session', {
        conversation: key,
        sessionId: session.sessionId,
        change: 'opened',
        participant: listener?.identity,
      });
      const greeting = model.greeting(participant);
      if (greeting) conversation.greet(greetingInstructions(greeting));
    })().catch((error: Error) => fail(error));
    updateState();
    return {
      conversation,
      close: async () => {
        disposed = true;
        await opening;
        unwireTools?.();
        await executor?.close();
        conversation.close();
        events.publish('session', {
          conversation: key,
          sessionId: session.sessionId,
          change: 'closed',
          participant: listener?.identity,
        });
        if (track) {
          voiceTrackOf.delete(key);
          permissions?.revoke(key);
          await track.close();
        }
        updateState();
      },
    };
  };

  const relay: Relay = new Relay({
    mode: participants.mode,
    link: participants.link ?? 'first-joined',
    departureTimeoutMs: participants.departure_timeout,
    open,
    onEmpty: () => {
      logger.info('the last participant left; ending the job');
      endAgent('last participant left');
    },
    onGone: (identity) => floor?.release(identity),
    logger,
  });
  const heard = admits(participants);
  const intake = new ParticipantIntake(
    room,
    logger,
    { sampleRate: rate, admits: heard },
    (participant, trackSid, frames) => {
      micTrackOf.set(participant.identity, trackSid);
      const speaker = new Speaker(
        speakerRef(participant.identity, participant.name),
        participantInfo(participant),
        trackSid,
        {
          sampleRate: rate,
          vad: speakerVad,
          logger: logger.child({ participant: participant.identity }),
        },
      );
      return relay.hear(speaker, frames);
    },
  );

  const transcripts = new RoomTranscripts(room, logger);
  events.on('transcript', (line) => {
    transcripts.publish({
      segmentId: line.itemId,
      text: line.text,
      final: line.final,
      speakerIdentity: line.role === 'user' ? line.speaker?.identity : undefined,
      trackSid:
        line.role === 'user'
          ? line.speaker && micTrackOf.get(line.speaker.identity)
          : voiceTrackOf.get(line.conversation)?.sid,
      to: line.to,
    });
  });

  const limits = new SessionLimits(
    { maxDurationMs: definition.limits.max_duration, idleTimeoutMs: definition.limits.idle_timeout },
    (reason) => {
      logger.info({ reason }, 'limit reached; the agent leaves');
      endAgent(`limit reached: ${reason}`);
    },
  );
  events.on('speech_started', () => limits.activity());
  events.on('usage', () => limits.activity());

  const observer = deps.observer ?? DEFAULT_OBSERVER_IDENTITY;
  const feed = new RoomEventFeed(room, {
    agent: definition.name,
    observer,
    snapshot: () => ({ state, floor: floor?.policy }),
    logger,
  });
  for (const name of AGENT_EVENT_NAMES) events.on(name, (data) => feed.send(name, data));
  const unregisterFloorControl = registerFloorControl(local, {
    floor,
    allowed: participants.floor_control ?? [],
    logger,
  });
  const floorAttribute = new FloorAttribute(room, logger);
  events.on('floor', ({ policy }) => floorAttribute.publish(policy));
  const unregisterFloorRequests = answerFloorRequests(floorAttribute, floor, logger);

  // An MCP server's tool list changed: every open session gets the new list.
  toolset.on('changed', () => {
    for (const conversation of relay.conversations()) conversation.updateTools(sessionTools());
  });

  const onJoined = (participant: RemoteParticipant) => {
    if (heard(participant)) relay.joined(participantInfo(participant));
  };
  const onLeft = (participant: RemoteParticipant) => {
    if (heard(participant)) relay.left(participant.identity);
  };
  room.on(RoomEvent.ParticipantConnected, onJoined);
  room.on(RoomEvent.ParticipantDisconnected, onLeft);
  for (const participant of room.remoteParticipants.values()) onJoined(participant);
  intake.start();
  limits.start();
  if (floor) events.publish('floor', { policy: floor.policy, holder: undefined, changedBy: undefined });
  updateState();
  logger.info({ mode: participants.mode, floor: floor?.policy }, 'agent running');

  let closing: Promise<void> | undefined;
  const close = (reason = 'closed') => {
    closing ??= (async () => {
      endAgent(reason);
      room.off(RoomEvent.ParticipantConnected, onJoined);
      room.off(RoomEvent.ParticipantDisconnected, onLeft);
      unregisterFloorControl();
      unregisterFloorRequests();
      limits.close();
      intake.close();
      await relay.close();
      await publicTrack?.close();
      await transcripts.flushed();
      await model.close();
      await toolset.close();
      events.publish('ended', { reason: await ended });
      await feed.close();
    })();
    return closing;
  };

  return {
    name: definition.name,
    events,
    get floor() {
      return floor?.policy;
    },
    setFloor(policy, by) {
      floor?.set(policy, by);
    },
    get state() {
      return state;
    },
    ended,
    close,
  };
}

/** An item id for a line the agent shows without saying it (a notice about the model). */
function noticeItemId(): string {
  return `item_notice_${randomUUID().replaceAll('-', '').slice(0, 20)}`;
}

/** Asks the model to say the greeting word for word (quotes in it become apostrophes). */
export function greetingInstructions(greeting: string): string {
  return `Greet the participant now by saying exactly: "${greeting.replaceAll('"', "'")}"`;
}
