export const TRANSCRIPTION_TOPIC = 'lk.transcription';
export const SEGMENT_ATTRIBUTE = 'lk.segment_id';
export const TRACK_ATTRIBUTE = 'lk.transcribed_track_id';
export const FINAL_ATTRIBUTE = 'lk.transcription_final';
export class RoomTranscripts {
    #room;
    #logger;
    #segments = new Map();
    constructor(room, logger) {
        this.#room = room;
        this.#logger = logger;
    }
    publish(line) {
        let segment = this.#segments.get(line.segmentId);
        if (!segment) {
            segment = { chain: Promise.resolve(), writer: undefined, sent: '' };
            this.#segments.set(line.segmentId, segment);
        }
        const current = segment;
        current.chain = current.chain
            .then(() => (line.final ? this.#finish(current, line) : this.#grow(current, line)))
            .catch((error) => this.#logger.warn({ err: error, segment: line.segmentId }, 'transcript not sent'));
        if (line.final)
            this.#segments.delete(line.segmentId);
    }
    /** Resolves when everything queued so far has been sent (or has failed). */
    async flushed() {
        await Promise.all([...this.#segments.values()].map((segment) => segment.chain));
    }
    async #grow(segment, line) {
        if (!line.text.startsWith(segment.sent))
            return; // a rewritten line: only its final form is sent
        const delta = line.text.slice(segment.sent.length);
        if (delta === '')
            return;
        segment.writer ??= await this.#open(line, false);
        if (!segment.writer)
            return;
        await segment.writer.write(delta);
        segment.sent = line.text;
    }
    async #finish(segment, line) {
        await segment.writer?.close();
        segment.writer = undefined;
        const writer = await this.#open(line, true);
        if (!writer)
            return;
        await writer.write(line.text);
        await writer.close();
    }
    async #open(line, final) {
        const participant = this.#room.localParticipant;
        if (!participant || !this.#room.isConnected)
            return undefined;
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
//# sourceMappingURL=transcripts.js.map