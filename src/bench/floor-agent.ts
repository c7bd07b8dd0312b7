// The floor: the least code that can answer a talker through the same engine, with no framework. A bare
// rtc-node participant takes the talker's microphone at the model's rate, sends every frame to the
// engine as it comes (raw WebSocket, one append per frame), and plays every audio delta straight into
// its published track. What the project adds on top of this is the framework's share of the latency.
import {
  AudioSource,
  AudioStream,
  LocalAudioTrack,
  type RemoteParticipant,
  type RemoteTrack,
  type RemoteTrackPublication,
  type Room,
  RoomEvent,
  TrackKind,
  TrackPublishOptions,
  TrackSource,
} from '@livekit/rtc-node';
import { WebSocket } from 'ws';
import { MODEL_RATE } from '../audio/pcm.js';
import { rtcAudioFrame } from '../room/rtc-frame.js';
import { SILENCE_WINDOW_MS, TALKER_PREFIX } from './bench-roles.js';

export interface FloorAgent {
  close(): Promise<void>;
}

/** Answers the bench's talkers in `room` through the engine at `engineUrl`. */
export async function runFloorAgent(room: Room, engineUrl: string): Promise<FloorAgent> {
  const source = new AudioSource(MODEL_RATE, 1, 400);
  await room.localParticipant!.publishTrack(
    LocalAudioTrack.createAudioTrack('agent-voice', source),
    new TrackPublishOptions({ source: TrackSource.SOURCE_MICROPHONE }),
  );
  const socket = new WebSocket(`${engineUrl}?model=gpt-realtime`, {
    headers: { Authorization: 'Bearer floor' },
  });
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve());
    socket.once('error', reject);
  });
  const format = { type: 'audio/pcm', rate: MODEL_RATE };
  socket.send(
    JSON.stringify({
      type: 'session.update',
      session: {
        type: 'realtime',
        output_modalities: ['audio'],
        audio: {
          input: { format, turn_detection: { type: 'server_vad', silence_duration_ms: SILENCE_WINDOW_MS } },
          output: { format },
        },
      },
    }),
  );
  // Deltas are played in order; a failed capture (room gone) only ends the chain's work.
  let playing = Promise.resolve();
  socket.on('message', (data) => {
    const event = JSON.parse(data.toString()) as { type: string; delta?: string };
    if (event.type !== 'response.output_audio.delta' || !event.delta) return;
    const bytes = Buffer.from(event.delta, 'base64');
    const samples = new Int16Array(bytes.buffer, bytes.byteOffset, bytes.byteLength >> 1);
    playing = playing
      .then(() => source.captureFrame(rtcAudioFrame(samples, MODEL_RATE)))
      .catch(() => undefined);
  });

  const streams: AudioStream[] = [];
  const hear = async (track: RemoteTrack) => {
    const stream = new AudioStream(track, { sampleRate: MODEL_RATE, numChannels: 1 });
    streams.push(stream);
    for await (const frame of stream) {
      if (socket.readyState !== WebSocket.OPEN) break;
      const bytes = Buffer.from(frame.data.buffer, frame.data.byteOffset, frame.data.byteLength);
      socket.send(`{"type":"input_audio_buffer.append","audio":"${bytes.toString('base64')}"}`);
    }
  };
  const onTrack = (
    track: RemoteTrack,
    publication: RemoteTrackPublication,
    participant: RemoteParticipant,
  ) => {
    if (track.kind !== TrackKind.KIND_AUDIO || publication.source !== TrackSource.SOURCE_MICROPHONE) return;
    if (participant.identity.startsWith(TALKER_PREFIX)) void hear(track);
  };
  room.on(RoomEvent.TrackSubscribed, onTrack);
  for (const participant of room.remoteParticipants.values())
    for (const publication of participant.trackPublications.values())
      if (publication.track) onTrack(publication.track, publication, participant);

  return {
    async close() {
      room.off(RoomEvent.TrackSubscribed, onTrack);
      socket.close();
      for (const stream of streams) await stream.cancel().catch(() => undefined);
      await source.close();
    },
  };
}
