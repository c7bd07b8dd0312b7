// The realtime relay: every person in the room gets a realtime model session of their own (their turns
// and the model's answers form that session's conversation) and the agent speaks all answers with one
// voice. When someone starts talking over the agent, it stops at once and the session whose answer was
// cut forgets what nobody heard.
import type { AudioFrame, RemoteParticipant } from '@livekit/rtc-node';
import { RealtimeClient, type RealtimeClientOptions } from '../realtime/index.js';
import type { AgentOutput } from '../room/output.js';
import type { Logger } from '../telemetry/log.js';
import { ParticipantSession } from './participant-session.js';
import { Playout } from './playout.js';

export class RealtimeRelay {
  readonly #options: RealtimeClientOptions;
  readonly #logger: Logger;
  readonly #playout: Playout;
  readonly #sessions = new Map<string, ParticipantSession>();

  constructor(options: RealtimeClientOptions, output: AgentOutput, logger: Logger) {
    this.#options = options;
    this.#logger = logger;
    this.#playout = new Playout(output, logger);
  }

  /** Gives the participant a session and streams their audio into it until their track ends. */
  async listen(participant: RemoteParticipant, frames: AsyncIterable<AudioFrame>): Promise<void> {
    const identity = participant.identity;
    const logger = this.#logger.child({ participant: identity });
    const client = new RealtimeClient(this.#options, { logger });
    await client.connect();
    const session = new ParticipantSession(identity, client, this.#playout, logger, () =>
      this.#bargeIn(identity),
    );
    this.#sessions.get(identity)?.close();
    this.#sessions.set(identity, session);
    logger.info({ session: client.sessionId }, 'realtime session ready');
    try {
      await session.listen(frames);
    } finally {
      if (this.#sessions.get(identity) === session) this.#sessions.delete(identity);
      session.close();
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
