// The realtime relay: people in the room get a realtime model session of their own (their turns and the
// model's answers form that session's conversation) and the agent speaks all answers with one voice.
// With `linkOne`, only one person at a time has a session (the first whose microphone arrives; the next
// when they leave). When someone starts talking over the agent, it stops at once and the session whose
// answer was cut forgets what nobody heard.
import type { AudioFrame, RemoteParticipant } from '@livekit/rtc-node';
import { RealtimeClient, type RealtimeClientOptions, type SessionConfigInput } from '../realtime/index.js';
import type { AgentOutput } from '../room/output.js';
import type { Logger } from '../telemetry/log.js';
import type { ToolExecutor } from '../tools/executor.js';
import { ParticipantSession } from './participant-session.js';
import { Playout } from './playout.js';
import { relayToolCalls } from './tool-calls.js';
import { participantInfo } from './tool-room.js';

export interface RelayOptions {
  /** The client options of one participant's session. */
  sessionOptions(participant: RemoteParticipant): RealtimeClientOptions;
  /** Hear one participant at a time (definition mode `single`). */
  linkOne: boolean;
  /** Runs the tool calls of one participant's session, if the agent has tools. */
  executorFor?(participant: RemoteParticipant): ToolExecutor;
  /** Someone started speaking, or the model finished an answer (for idle limits). */
  onActivity?(): void;
  /** What the agent says first to this participant, if anything (the definition's `greeting`). */
  greetingFor?(participant: RemoteParticipant): string | undefined;
}

/** Asks the model to say the greeting word for word (quotes in it become apostrophes). */
export function greetingInstructions(greeting: string): string {
  return `Greet the participant now by saying exactly: "${greeting.replaceAll('"', "'")}"`;
}

export class RealtimeRelay {
  readonly #options: RelayOptions;
  readonly #logger: Logger;
  readonly #playout: Playout;
  readonly #sessions = new Map<string, ParticipantSession>();
  /** Participants with a session or one being opened (claimed before any await, so two cannot race). */
  readonly #linked = new Set<string>();

  constructor(options: RelayOptions, output: AgentOutput, logger: Logger) {
    this.#options = options;
    this.#logger = logger;
    this.#playout = new Playout(output, logger);
  }

  /** Gives the participant a session and streams their audio into it until their track ends. */
  async listen(participant: RemoteParticipant, frames: AsyncIterable<AudioFrame>): Promise<void> {
    const identity = participant.identity;
    const logger = this.#logger.child({ participant: identity });
    const audio = frames[Symbol.asyncIterator]();
    if (this.#options.linkOne && this.#linked.size > 0) {
      logger.info('not linked yet: the agent listens to one participant at a time');
      // Their audio is dropped until the linked participant leaves.
      while (this.#linked.size > 0) if ((await audio.next()).done) return;
      logger.info('linked');
    }
    this.#linked.add(identity);
    const client = new RealtimeClient(this.#options.sessionOptions(participant), { logger });
    try {
      await client.connect();
    } catch (error) {
      this.#linked.delete(identity);
      throw error;
    }
    const session = new ParticipantSession(identity, client, this.#playout, logger, () =>
      this.#bargeIn(identity),
    );
    this.#sessions.get(identity)?.close();
    this.#sessions.set(identity, session);
    const onActivity = this.#options.onActivity;
    if (onActivity) {
      client.on('input_audio_buffer.speech_started', () => onActivity());
      client.on('response.done', () => onActivity());
    }
    const executor = this.#options.executorFor?.(participant);
    const unwireTools = executor ? relayToolCalls(client, executor, participantInfo(participant)) : undefined;
    logger.info({ session: client.sessionId }, 'realtime session ready');
    const greeting = this.#options.greetingFor?.(participant);
    if (greeting) client.createResponse({ instructions: greetingInstructions(greeting) });
    try {
      await session.listen({ [Symbol.asyncIterator]: () => audio });
    } finally {
      unwireTools?.();
      await executor?.close();
      if (this.#sessions.get(identity) === session) {
        this.#sessions.delete(identity);
        this.#linked.delete(identity);
      }
      session.close();
    }
  }

  /** Gives every open session a new tool list (an MCP server's tools changed). */
  updateTools(tools: NonNullable<SessionConfigInput['tools']>): void {
    for (const session of this.#sessions.values()) {
      session.client
        .updateSession({ tools })
        .catch((error: unknown) => this.#logger.warn({ err: error }, 'tool update refused'));
    }
  }

  close(): void {
    for (const session of this.#sessions.values()) session.close();
    this.#sessions.clear();
  }

  #bargeIn(speaker: string): void {
    const cut = this.#playout.interrupt();
    if (!cut) return;
    const owner = this.#sessions.get(cut.source);
    const outcome = owner?.client.interrupt({
      playback: { itemId: cut.itemId, playedMs: cut.playedMs },
      bySpeech: cut.source === speaker,
    });
    this.#logger.info(
      { speaker, cut: cut.source, playedMs: cut.playedMs, outcome },
      'barge-in: stopped speaking',
    );
  }
}
