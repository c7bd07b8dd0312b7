// WAV files and base64 framing: the speech fixtures read back as the format they were made in,
// and what we write reads back sample for sample.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { base64ToPcm16, isBase64, pcm16ToBase64 } from '../../src/audio/base64.js';
import { pcmFrame } from '../../src/audio/pcm.js';
import { encodeWav, parseWav, readWav, writeWav } from '../../src/audio/wav.js';
import { decodeWire, encodeWire } from '../../src/audio/wire-format.js';
import { isFrameworkError } from '../../src/errors.js';
import { speechWav } from '../fixtures/speech.js';

describe('WAV files', () => {
  it('reads every speech fixture format with its rate and channels', async () => {
    const cases = [
      ['48k', 48_000, 1],
      ['24k', 24_000, 1],
      ['16k-stereo', 16_000, 2],
      ['8k', 8_000, 1],
    ] as const;
    for (const [format, rate, channels] of cases) {
      const frame = await readWav(speechWav('hello', format));
      expect(frame.sampleRate).toBe(rate);
      expect(frame.channels).toBe(channels);
      expect(frame.samples.length / channels / rate).toBeGreaterThan(1.3);
    }
  });

  it('writes and reads back the same samples', async () => {
    const samples = new Int16Array([0, 1, -1, 32767, -32768, 1234, -4321, 7]);
    const path = join(await mkdtemp(join(tmpdir(), 'wav-')), 'round.wav');
    await writeWav(path, pcmFrame(samples, 16_000, 2));
    const back = await readWav(path);
    expect(back).toEqual({ samples, sampleRate: 16_000, channels: 2 });
  });

  it('reads a stream whose header declares an unknown length (as espeak-ng --stdout writes)', () => {
    const wav = encodeWav(pcmFrame(new Int16Array([5, 6, 7, 8]), 22_050));
    wav.writeUInt32LE(0x7fffffff, 40);
    expect(Array.from(parseWav(wav).samples)).toEqual([5, 6, 7, 8]);
  });

  it('rejects a file that is not 16-bit PCM with a message naming it', () => {
    const wav = encodeWav(pcmFrame(new Int16Array(4), 8_000));
    wav.writeUInt16LE(3, 20);
    try {
      parseWav(wav, 'reply.wav');
      expect.unreachable();
    } catch (error) {
      expect(isFrameworkError(error, 'AUDIO_FORMAT')).toBe(true);
      expect(String(error)).toContain('reply.wav: audio format tag 3 is not PCM');
    }
  });
});

describe('base64 framing', () => {
  it('round-trips PCM16, including from an odd byte offset', () => {
    const samples = new Int16Array([1, -2, 300, -32768, 32767]);
    const text = pcm16ToBase64(samples);
    expect(isBase64(text)).toBe(true);
    expect(Array.from(base64ToPcm16(text))).toEqual(Array.from(samples));
    const odd = Buffer.concat([Buffer.from([9]), Buffer.from(samples.buffer)]).subarray(1);
    expect(Array.from(decodeWire('audio/pcm', odd))).toEqual(Array.from(samples));
  });

  it('rejects malformed base64', () => {
    expect(isBase64('abc')).toBe(false);
    expect(isBase64('ab!d')).toBe(false);
  });

  it('G.711 wire formats carry one byte per 8 kHz sample', () => {
    const samples = new Int16Array([0, 1000, -1000, 20000]);
    for (const format of ['audio/pcmu', 'audio/pcma'] as const) {
      const bytes = encodeWire(format, samples);
      expect(bytes.length).toBe(4);
      const back = decodeWire(format, bytes);
      for (let i = 0; i < 4; i++) expect(Math.abs(back[i]! - samples[i]!)).toBeLessThan(700);
    }
  });
});
