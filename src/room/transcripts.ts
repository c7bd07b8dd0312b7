// Transcripts to the room as LiveKit front ends expect them: text streams on topic `lk.transcription`,
// a user's lines sent under that user's identity and the agent's under its own, with the attributes
// `lk.segment_id`, `lk.transcribed_track_id` and `lk.transcription_final`. While a line grows, its new
// words stream in one text stream (final "false"); when it is done, the whole line is sent once more as
// final. Lines for one listener only go to that listener. Publishing never holds up the caller: each
// segment's writes are chained in order, failures are logged.
import type { Room, TextStreamWriter } from '@livekit/rtc-node';
import type { Logger } from '../telemetry/log.js';

export const TRANSCRIPTION_TOPIC = 'lk.transcription';
export const SEGMENT_ATTRIBUTE = 'lk.segment_id';
export const TRACK_ATTRIBUTE = 'lk.transcribed_track_id';
export const FINAL_ATTRIBUTE = 'lk.transcription_final';

export interface TranscriptLine {
  /** The item the words belong to (one segment per item). */
  segmentId: string;
  /** The whole line so far. */
  text: string;
  final: boolean;
  /** The participant who spoke, or undefined for the agent itself. */
  speakerIdentity?: string;
  /** The audio track the words were heard on. */
  trackSid?: string;
  /** Only this participant receives the line. */
  to?: string;
}

interface Segment {
  chain: Promise<void>;
  writer: TextStreamWriter | undefined;
  sent: string;
}

export class RoomTranscripts {
  readonly #room: Room;
  readonly #logger: Logger;
  readonly #segments = new Map<string, Segment>();
  /** Final lines still being sent (their segments have left `#segments`), so `flushed` waits for them too. */
  readonly #finishing = new Set<Promise<void>>();

  constructor(room: Room, logger: Logger) {
    this.#room = room;
    this.#logger = logger;
  }

  publish(line: TranscriptLine): void {
    let segment = this.#segments.get(line.segmentId);
    if (!segment) {
      segment = { chain: Promise.resolve(), writer: undefined, sent: '' };
      this.#segments.set(line.segmentId, segment);
    }
    const current = segment;
    current.chain = current.chain
      .then(() => (line.final ? this.#finish(current, line) : this.#grow(current, line)))
      .catch((error: unknown) =>
        this.#logger.warn({ err: error, segment: line.segmentId }, 'transcript not sent'),
      );
    if (line.final) {
      this.#segments.delete(line.segmentId);
      const finishing = current.chain;
      this.#finishing.add(finishing);
      void finishing.then(() => this.#finishing.delete(finishing));
    }
  }

  /** Resolves when everything queued so far has been sent (or has failed), final lines included. */
  async flushed(): Promise<void> {
    await Promise.all([...[...this.#segments.values()].map((segment) => segment.chain), ...this.#finishing]);
  }

  async #grow(segment: Segment, line: TranscriptLine): Promise<void> {
    if (!line.text.startsWith(segment.sent)) return; // a rewritten line: only its final form is sent
    const delta = line.text.slice(segment.sent.length);
    if (delta === '') return;
    segment.writer ??= await this.#open(line, false);
    if (!segment.writer) return;
    await segment.writer.write(delta);
    segment.sent = line.text;
  }

  async #finish(segment: Segment, line: TranscriptLine): Promise<void> {
    await segment.writer?.close();
    segment.writer = undefined;
    const writer = await this.#open(line, true);
    if (!writer) return;
    await writer.write(line.text);
    await writer.close();
  }

  async #open(line: TranscriptLine, final: boolean): Promise<TextStreamWriter | undefined> {
    const participant = this.#room.localParticipant;
    if (!participant || !this.#room.isConnected) return undefined;
    return participant.streamText({
      topic: TRANSCRIPTION_TOPIC,
      senderIdentity: line.speakerIdentity,
      destinationIdentities: line.to ? [line.to] : undefined,
      attributes: {
        [SEGMENT_ATTRIBUTE]: line.segmentId,
        [FINAL_ATTRIBUTE]: String(final),
        ...(line.trackSid ? { [TRACK_ATTRIBUTE]: line.trackSid } : {}),
      },
    });
  }
}
