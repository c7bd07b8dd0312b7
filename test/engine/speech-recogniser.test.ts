// The engine's speech recogniser on its own: espeak-ng sentences (klatt2 voice) go in at the rates
// participants really publish, pocketsphinx's words come out; one worker process serves them in order,
// is started again when it dies or hangs, and is gone when the recogniser closes.
import { afterAll, describe, expect, it } from 'vitest';
import { downmixToMono } from '../../src/audio/pcm.js';
import { readWav } from '../../src/audio/wav.js';
import { SpeechRecogniser } from '../../src/engine/index.js';
import { isFrameworkError } from '../../src/errors.js';
import { type Phrase, type SpeechFormat, speechWav } from '../fixtures/speech.js';
import { eventually, recogniserWorkers } from './recogniser-processes.js';

/** Recognition is CPU-bound: on a busy two-core machine one utterance can take tens of seconds. */
const RECOGNITION_TIMEOUT_MS = 120_000;

async function speech(phrase: Phrase, format: SpeechFormat): Promise<{ samples: Int16Array; rate: number }> {
  const frame = await readWav(speechWav(phrase, format));
  return { samples: downmixToMono(frame.samples, frame.channels), rate: frame.sampleRate };
}

const ASSISTANT = /\bassistant\b/;

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe('the speech recogniser', { timeout: RECOGNITION_TIMEOUT_MS }, () => {
  const recogniser = new SpeechRecogniser();
  afterAll(() => recogniser.close());

  it('hears "assistant" in a sentence at 48, 24 and 16 kHz (stereo), reporting each stretch of speech', async () => {
    for (const format of ['48k', '24k', '16k-stereo'] as const) {
      const { samples, rate } = await speech('assistant-said', format);
      const segments: string[] = [];
      const result = await recogniser.transcribe(samples, rate, { onSegment: (text) => segments.push(text) });
      expect(result.text, format).toMatch(ASSISTANT);
      expect(segments.join(' ')).toBe(result.text);
      expect(result.decodeMs).toBeGreaterThan(0);
    }
  });

  it('recognises utterances one at a time in the order given, each as if it were the first', async () => {
    const ask = await speech('ask-assistant', '24k');
    const said = await speech('assistant-said', '24k');
    const finished: string[] = [];
    const order: [string, { samples: Int16Array; rate: number }][] = [
      ['ask', ask],
      ['said', said],
      ['ask again', ask],
    ];
    const results = await Promise.all(
      order.map(async ([name, clip]) => {
        const result = await recogniser.transcribe(clip.samples, clip.rate);
        finished.push(name);
        return result.text;
      }),
    );
    expect(finished).toEqual(['ask', 'said', 'ask again']);
    // What was heard before does not change what is heard now.
    expect(results[2]).toBe(results[0]);
    expect(results[0]).toMatch(ASSISTANT);
  });

  it('answers an empty utterance with no words', async () => {
    expect((await recogniser.transcribe(new Int16Array(0), 24_000)).text).toBe('');
    const silence = await recogniser.transcribe(new Int16Array(24_000), 24_000);
    expect(silence.text).toBe('');
  });

  it('starts a new worker when its worker dies', async () => {
    const { samples, rate } = await speech('ask-assistant', '24k');
    await recogniser.transcribe(samples.subarray(0, 2_400), rate);
    const first = recogniser.pid!;
    expect(recogniserWorkers()).toEqual([first]);
    process.kill(first, 'SIGKILL');
    await eventually(() => !isRunning(first) && recogniser.pid === undefined);
    expect((await recogniser.transcribe(samples, rate)).text).toMatch(ASSISTANT);
    expect(recogniser.pid).not.toBe(first);
    expect(recogniserWorkers()).toEqual([recogniser.pid]);
  });
});

describe('a recogniser that cannot do its work', { timeout: RECOGNITION_TIMEOUT_MS }, () => {
  it('gives up on an utterance that takes too long and stops that worker', async () => {
    const recogniser = new SpeechRecogniser({ timeoutMs: 100 });
    try {
      const { samples, rate } = await speech('assistant-said', '24k');
      recogniser.prepare();
      await eventually(() => recogniser.pid !== undefined, 60_000);
      const worker = recogniser.pid!;
      const error = await recogniser.transcribe(samples, rate).catch((e: unknown) => e);
      expect(isFrameworkError(error, 'TRANSCRIPTION_TIMEOUT')).toBe(true);
      expect((error as Error).message).toMatch(/more than 100 ms/);
      expect(isRunning(worker)).toBe(false);
    } finally {
      await recogniser.close();
    }
  });

  it('says how to install pocketsphinx when its python is missing', async () => {
    const recogniser = new SpeechRecogniser({ python: '/nonexistent/python3' });
    const error = await recogniser.transcribe(new Int16Array(2_400), 24_000).catch((e: unknown) => e);
    expect(isFrameworkError(error, 'TRANSCRIPTION_UNAVAILABLE')).toBe(true);
    expect((error as Error).message).toContain('/nonexistent/python3 was not found');
    expect((error as Error).message).toContain('apt-get install pocketsphinx pocketsphinx-en-us');
    await recogniser.close();
  });

  it('says which model files are missing', async () => {
    const recogniser = new SpeechRecogniser({ modelDir: '/nonexistent/model' });
    const error = await recogniser.transcribe(new Int16Array(2_400), 24_000).catch((e: unknown) => e);
    expect(isFrameworkError(error, 'TRANSCRIPTION_UNAVAILABLE')).toBe(true);
    expect((error as Error).message).toContain('/nonexistent/model/en-us.lm.bin');
    expect((error as Error).message).toContain('apt-get install pocketsphinx pocketsphinx-en-us');
    await recogniser.close();
  });

  it('leaves no worker behind when closed, and refuses work after', async () => {
    const recogniser = new SpeechRecogniser();
    recogniser.prepare();
    await eventually(() => recogniser.pid !== undefined, 60_000);
    const worker = recogniser.pid!;
    await recogniser.close();
    expect(isRunning(worker)).toBe(false);
    expect(recogniserWorkers()).toEqual([]);
    const error = await recogniser.transcribe(new Int16Array(2_400), 24_000).catch((e: unknown) => e);
    expect(isFrameworkError(error, 'TRANSCRIPTION_FAILED')).toBe(true);
  });

  it('stops a worker still loading its model when closed', async () => {
    const recogniser = new SpeechRecogniser();
    recogniser.prepare();
    await eventually(() => recogniserWorkers().length === 1);
    await recogniser.close();
    expect(recogniserWorkers()).toEqual([]);
  });
});
