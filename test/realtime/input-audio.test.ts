// The input side: appended audio is cut into chunks of the configured duration, and the client knows
// how much the server holds uncommitted (commits below 100 ms are never sent).
import { describe, expect, it } from 'vitest';
import { InputAudio } from '../../src/realtime/input-audio.js';

describe('input audio', () => {
  it('cuts PCM16 24 kHz into 20 ms chunks of 960 bytes and keeps the remainder', () => {
    const input = new InputAudio('audio/pcm', 20, 10_000);
    const chunks = input.split(new Uint8Array(2500));
    expect(chunks.map((chunk) => chunk.length)).toEqual([960, 960]);
    expect(input.split(new Uint8Array(380)).map((chunk) => chunk.length)).toEqual([960]);
    expect(input.drain()).toBeUndefined();
  });

  it('cuts G.711 into 100 ms chunks of 800 bytes', () => {
    const input = new InputAudio('audio/pcmu', 100, 10_000);
    expect(input.split(new Uint8Array(1700)).map((chunk) => chunk.length)).toEqual([800, 800]);
    expect(input.drain()?.length).toBe(100);
  });

  it('counts what the server holds and keeps a bounded tail to re-send', () => {
    const input = new InputAudio('audio/pcm', 50, 200);
    for (const chunk of input.split(new Uint8Array(2400 * 6))) input.recordSent(chunk);
    expect(input.uncommittedMs).toBe(200);
    expect(input.takeUncommitted().length).toBe(4);
    expect(input.uncommittedMs).toBe(0);
  });
});
