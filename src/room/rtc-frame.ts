// rtc-node audio frames made safely. rtc-node hands a frame's samples to the native side by the start of
// their ArrayBuffer and ignores the view's offset (`AudioFrame.protoInfo` reads `data.buffer`), so a frame
// made on a view into a larger buffer (a 20 ms slice of a model delta, a pooled Buffer) sends other samples:
// the start of that buffer. Every frame this project gives rtc-node is made here.
import { AudioFrame } from '@livekit/rtc-node';

/** An rtc-node frame of `samples` (interleaved), copied first unless they own their whole buffer. */
export function rtcAudioFrame(samples: Int16Array, sampleRate: number, channels = 1): AudioFrame {
  const owned =
    samples.byteOffset === 0 && samples.byteLength === samples.buffer.byteLength ? samples : samples.slice();
  return new AudioFrame(owned, sampleRate, channels, owned.length / channels);
}
