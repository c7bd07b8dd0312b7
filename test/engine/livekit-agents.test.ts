// LiveKit's own stack, unchanged: `@livekit/agents-plugin-openai`'s RealtimeModel pointed at the engine
// (baseURL http://127.0.0.1:<port>/v1) inside a headless `voice.AgentSession`. A user speaks, the agent
// answers aloud; the user asks about the weather, the scripted model calls an llm.tool, the tool runs
// and the follow-up answer arrives.

import { ReadableStream, type ReadableStreamDefaultController } from 'node:stream/web';
import { initializeLogger, llm, voice } from '@livekit/agents';
import * as openai from '@livekit/agents-plugin-openai';
import { AudioFrame } from '@livekit/rtc-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { type RunningEngine, scriptBehaviour, startEngine } from '../../src/engine/index.js';
import { silence, speech24k } from './wire-client.js';

initializeLogger({ pretty: false, level: 'silent' });

/** Microphone stand-in: frames pushed by the test, 10 ms at 24 kHz mono. */
class PushedAudioInput extends voice.AudioInput {
  #controller!: ReadableStreamDefaultController<AudioFrame>;

  constructor() {
    super();
    const stream = new ReadableStream<AudioFrame>({ start: (controller) => (this.#controller = controller) });
    this.multiStream.addInputStream(
      stream as unknown as Parameters<typeof this.multiStream.addInputStream>[0],
    );
  }

  /** Pushes audio at real-time pace in 10 ms frames. */
  async speak(samples: Int16Array): Promise<void> {
    for (let at = 0; at < samples.length; at += 240) {
      const frame = samples.slice(at, at + 240);
      this.#controller.enqueue(new AudioFrame(frame, 24_000, 1, frame.length));
      if ((at / 240) % 10 === 9) await new Promise((r) => setTimeout(r, 25));
    }
  }
}

/** Speaker stand-in: records what the agent plays and reports playout as finished at once. */
class RecordingAudioOutput extends voice.AudioOutput {
  samples = 0;
  #segment = 0;

  constructor() {
    super(24_000);
  }

  override async captureFrame(frame: AudioFrame): Promise<void> {
    await super.captureFrame(frame);
    if (this.#segment === 0) this.onPlaybackStarted(Date.now());
    this.#segment += frame.samplesPerChannel;
    this.samples += frame.samplesPerChannel;
  }

  override flush(): void {
    super.flush();
    this.onPlaybackFinished({ playbackPosition: this.#segment / 24_000, interrupted: false });
    this.#segment = 0;
  }

  clearBuffer(): void {
    if (this.#segment > 0)
      this.onPlaybackFinished({ playbackPosition: this.#segment / 24_000, interrupted: true });
    this.#segment = 0;
  }
}

let engine: RunningEngine;
beforeAll(async () => {
  engine = await startEngine({
    pacing: { speed: 10 },
    behaviour: scriptBehaviour({
      turns: [
        { say: 'Hello, how can I help?' },
        { call: 'get_weather', arguments: { city: 'Paris' } },
        { say: 'It is sunny in Paris.' },
      ],
    }),
  });
});
afterAll(() => engine?.close());

function until<T>(check: () => T | undefined, what: string, timeoutMs = 30_000): Promise<T> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const timer = setInterval(() => {
      const value = check();
      if (value !== undefined) {
        clearInterval(timer);
        resolve(value);
      } else if (Date.now() - started > timeoutMs) {
        clearInterval(timer);
        reject(new Error(`timed out waiting for ${what}`));
      }
    }, 20);
  });
}

describe('LiveKit AgentSession with the OpenAI realtime plugin against the engine', () => {
  it('completes an audio turn and a tool call with its follow-up answer', async () => {
    const toolCalls: string[] = [];
    const getWeather = llm.tool({
      description: 'Current weather for a city',
      parameters: z.object({ city: z.string() }),
      execute: async ({ city }) => {
        toolCalls.push(city);
        return { city, sky: 'sunny' };
      },
    });
    const agent = new voice.Agent({
      instructions: 'You are a weather assistant.',
      tools: { get_weather: getWeather },
    });
    const session = new voice.AgentSession({
      // The plugin's defaults (semantic_vad, input transcription, voice marin); only the endpoint changes.
      llm: new openai.realtime.RealtimeModel({ baseURL: engine.httpUrl, apiKey: 'sk-local-test' }),
      vad: null,
      turnHandling: { turnDetection: null },
    });
    const assistantTexts: string[] = [];
    session.on(voice.AgentSessionEventTypes.ConversationItemAdded, (event) => {
      const item = event.item;
      if (item.type === 'message' && item.role === 'assistant') assistantTexts.push(item.textContent ?? '');
    });
    const input = new PushedAudioInput();
    const output = new RecordingAudioOutput();
    session.input.audio = input;
    session.output.audio = output;
    await session.start({ agent });

    await input.speak(await speech24k('short'));
    await input.speak(silence(1_000));
    await until(() => (assistantTexts.length >= 1 ? true : undefined), 'the spoken greeting');
    expect(assistantTexts[0]).toBe('Hello, how can I help?');
    expect(output.samples / 24_000).toBeGreaterThan(0.8);

    await input.speak(await speech24k('question'));
    await input.speak(silence(1_000));
    await until(() => (assistantTexts.length >= 2 ? true : undefined), 'the answer after the tool call');
    expect(toolCalls).toEqual(['Paris']);
    expect(assistantTexts[1]).toBe('It is sunny in Paris.');
    await session.close();
  }, 90_000);
});
