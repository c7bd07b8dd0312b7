// One participant's conversation with the model: their microphone, converted to the session's input
// format, streams into a realtime session; the model's speech goes to the shared playout. The model's
// server VAD finds their turns; when they start talking over the agent, the relay is told.
import type { AudioFrame } from '@livekit/rtc-node';
import { pcmFrame } from '../audio/pcm.js';
import { RateConverter } from '../audio/rate-converter.js';
import { decodeWire, encodeWire, wireRate } from '../audio/wire-format.js';
import type { RealtimeClient } from '../realtime/index.js';
import { OUTPUT_SAMPLE_RATE } from '../room/output.js';
import type { Logger } from '../telemetry/log.js';
import type { Playout } from './playout.js';

export class ParticipantSession {
  readonly identity: string;
  readonly client: RealtimeClient;
  readonly #playout: Playout;
  readonly #logger: Logger;
  readonly #toModel: RateConverter;
  readonly #toRoom = new RateConverter(OUTPUT_SAMPLE_RATE);

  constructor(
    identity: string,
    client: RealtimeClient,
    playout: Playout,
    logger: Logger,
    onSpeechStarted: () => void,
  ) {
    this.identity = identity;
    this.client = client;
    this.#playout = playout;
    this.#logger = logger;
    this.#toModel = new RateConverter(wireRate(client.config.inputFormat));

    client.on('response.output_audio.delta', (event) => {
      const format = client.config.outputFormat;
      const samples = decodeWire(format, Buffer.from(event.delta, 'base64'));
      const room = this.#toRoom.push(pcmFrame(samples, wireRate(format)));
      this.#playout.enqueue(this.identity, event.item_id, room);
    });
    // The resampler holds back a few samples of filter delay: release them when an item's audio ends.
    client.on('response.output_audio.done', (event) => {
      this.#playout.enqueue(this.identity, event.item_id, this.#toRoom.flush());
    });
    client.on('input_audio_buffer.speech_started', () => onSpeechStarted());
    client.on('response.done', (event) => {
      const usage = event.response.usage;
      this.#logger.info({ status: event.response.status, tokens: usage?.total_tokens }, 'model answered');
    });
  }

  /** Streams the participant's microphone into the session until the track ends. */
  async listen(frames: AsyncIterable<AudioFrame>): Promise<void> {
    const format = this.client.config.inputFormat;
    for await (const frame of frames) {
      const samples = this.#toModel.push(pcmFrame(frame.data, frame.sampleRate, frame.channels));
      this.client.appendAudio(encodeWire(format, samples));
    }
  }

  close(): void {
    this.client.close();
  }
}
