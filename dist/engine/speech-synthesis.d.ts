/** Synthesises `text` with espeak-ng; returns mono PCM16 at 24 kHz. */
export declare function speak(text: string, voice?: string, signal?: AbortSignal): Promise<Int16Array>;
