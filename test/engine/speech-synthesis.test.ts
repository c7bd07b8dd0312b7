// Spoken replies need espeak-ng: with it, text becomes 24 kHz speech; without it, the error says what
// is missing and how to install it.
import { describe, expect, it } from 'vitest';
import { speak } from '../../src/engine/speech-synthesis.js';
import { isFrameworkError } from '../../src/errors.js';

describe('speech synthesis with espeak-ng', () => {
  it('speaks a line at 24 kHz, longer lines for longer text', async () => {
    const short = await speak('Yes.');
    const long = await speak('Yes, and the meeting moves to Friday morning at nine.');
    expect(short.length / 24_000).toBeGreaterThan(0.2);
    expect(long.length).toBeGreaterThan(short.length * 3);
  });

  it('names the missing program and the fix when espeak-ng is not on PATH', async () => {
    const path = process.env.PATH;
    process.env.PATH = '/nonexistent';
    try {
      await speak('hello');
      expect.unreachable();
    } catch (error) {
      expect(isFrameworkError(error, 'SPEECH_SYNTHESIS_UNAVAILABLE')).toBe(true);
      expect((error as Error).message).toMatch(/espeak-ng is not installed.*apt-get install espeak-ng/);
    } finally {
      process.env.PATH = path;
    }
  });
});
