// Writing an engine script: a YAML file with spoken lines, a WAV reply, a tool call and a fault is
// loaded and played turn by turn; a broken script is refused with a message that names the turn.
import { copyFile, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { TurnContext } from '../../src/engine/behaviour.js';
import { loadEngineScript, parseEngineScript, scriptBehaviour } from '../../src/engine/index.js';
import { isFrameworkError } from '../../src/errors.js';
import { speechWav } from '../fixtures/speech.js';

function turn(n: number, outputModalities: ('audio' | 'text')[] = ['audio']): TurnContext {
  return {
    turn: n,
    items: [],
    instructions: '',
    tools: [],
    outputModalities,
    voice: 'alloy',
    signal: new AbortController().signal,
  };
}

describe('engine scripts', () => {
  it('a YAML script plays its turns in order, with WAV paths relative to the file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'engine-script-'));
    await copyFile(speechWav('short', '8k'), join(dir, 'yes.wav'));
    const path = join(dir, 'script.yaml');
    await writeFile(
      path,
      [
        'turns:',
        '  - wav: yes.wav',
        '    transcript: Yes, please.',
        '    delay_ms: 20',
        '  - call: lookup_order',
        '    arguments: { order_id: "A-17" }',
        '  - outputs: [{ say: One moment. }, { call: check_stock }]',
        '  - error: { code: server_error, message: Injected failure }',
      ].join('\n'),
    );
    const behaviour = await loadEngineScript(path);
    const first = await behaviour.reply(turn(1));
    expect(first.delayMs).toBe(20);
    const message = first.outputs[0]!;
    expect(message).toMatchObject({ type: 'message', text: 'Yes, please.' });
    // The 8 kHz WAV (2776 ms) arrives resampled to the model's 24 kHz.
    if (message.type !== 'message') throw new Error('expected a message');
    expect(message.audio!.length / 24).toBeCloseTo(2_776, -1);

    expect((await behaviour.reply(turn(2))).outputs).toEqual([
      { type: 'function_call', name: 'lookup_order', arguments: '{"order_id":"A-17"}' },
    ]);
    const third = await behaviour.reply(turn(3, ['text']));
    expect(third.outputs).toEqual([
      { type: 'message', text: 'One moment.', audio: undefined },
      { type: 'function_call', name: 'check_stock', arguments: '{}' },
    ]);
    expect((await behaviour.reply(turn(4))).failure).toEqual({
      code: 'server_error',
      message: 'Injected failure',
    });
    expect((await behaviour.reply(turn(5))).failure?.code).toBe('script_exhausted');
  });

  it('spoken lines are synthesised with espeak-ng at 24 kHz', async () => {
    const plan = await scriptBehaviour({ turns: [{ say: 'Hello from the engine.' }] }).reply(turn(1));
    const output = plan.outputs[0]!;
    if (output.type !== 'message') throw new Error('expected a message');
    expect(output.audio!.length / 24_000).toBeGreaterThan(0.8);
  });

  it('after_last: repeat starts the script over', async () => {
    const behaviour = scriptBehaviour({ after_last: 'repeat', turns: [{ call: 'a' }, { call: 'b' }] });
    const names = [];
    for (let n = 1; n <= 5; n++)
      names.push(
        (await behaviour.reply(turn(n))).outputs.map((o) => (o.type === 'function_call' ? o.name : '')),
      );
    expect(names.flat()).toEqual(['a', 'b', 'a', 'b', 'a']);
  });

  it.each([
    [{ turns: [] }, 'turns'],
    [{ turns: [{ say: 'x', call: 'y' }] }, 'turns[0]'],
    [{ turns: [{ say: 'ok' }, { arguments: { a: 1 } }] }, 'turns[1]'],
    [{ turns: [{ say: 'ok', delay_ms: -5 }] }, 'turns[0].delay_ms'],
    [{ turns: [{ shout: 'x' }] }, 'turns[0]'],
  ])('refuses a broken script and names where: %j', (script, where) => {
    try {
      parseEngineScript(script, 'my-script.yaml');
      expect.unreachable();
    } catch (error) {
      expect(isFrameworkError(error, 'CONFIG_INVALID')).toBe(true);
      expect((error as Error).message).toContain('my-script.yaml is invalid');
      expect((error as Error).message).toContain(`at ${where}`);
    }
  });
});
