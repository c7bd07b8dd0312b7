// Agents written in TypeScript with `defineAgent`: the module is imported and its default export
// validated like YAML, with errors naming the file and the field path.
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDefinitionFile, defineAgent, formatProblem } from '../../src/definition/index.js';
import { runValidate, tempFolder } from './cli-run.js';

const DEFINITION_MODULE = resolve('src/definition/index.ts');
const header = `import { defineAgent } from '${DEFINITION_MODULE}';\n`;

describe('an agent defined in TypeScript', () => {
  it('loads and validates like a YAML definition', async () => {
    const dir = await tempFolder({
      'front-desk.ts': `${header}export default defineAgent({
  name: 'front-desk',
  model: { provider: 'openai', model: 'gpt-realtime-2', reasoning: 'low', voice: 'marin' },
  instructions: 'Help visitors of {{room.name}}.',
  participants: { mode: 'per-participant' },
  tools: ['clock.now'],
  limits: { tool_timeout: '5s' },
});\n`,
    });
    const file = join(dir, 'front-desk.ts');
    const check = await checkDefinitionFile(file);
    expect(check.problems).toEqual([]);
    expect(check.definition?.limits.tool_timeout).toBe(5_000);
    expect(check.definition?.participants).toEqual({
      mode: 'per-participant',
      floor: 'open',
      kinds: ['standard', 'sip'],
      departure_timeout: 10_000,
    });
    const result = await runValidate([file]);
    expect(result.code).toBe(0);
    expect(result.out).toEqual([`${file}: OK (front-desk: openai, per-participant, tools clock.now)`]);
  });

  it('names the file and the field path of what is wrong', async () => {
    const dir = await tempFolder({
      'bad.ts': `${header}export default defineAgent({
  name: 'bad',
  model: { provider: 'local' },
  participants: { floor: 'adressed' as 'open' },
  limits: { tool_timeout: '10 seconds' },
});\n`,
    });
    const file = join(dir, 'bad.ts');
    const result = await runValidate([file]);
    expect(result.code).toBe(1);
    expect(result.err).toEqual([
      `${file} participants.floor: expected one of open|addressed|first-speaker|observer, got "adressed"`,
      `${file} limits.tool_timeout: expected a duration like 30m, 2m, 10s or 500ms, got "10 seconds"`,
    ]);
  });

  it('must be the default export', async () => {
    const dir = await tempFolder({
      'named.ts': `${header}export const agent = defineAgent({ name: 'n', model: { provider: 'local' } });\n`,
    });
    const check = await checkDefinitionFile(join(dir, 'named.ts'));
    expect(check.problems.map(formatProblem)).toEqual([
      `${join(dir, 'named.ts')} definition: expected a default export: export default defineAgent({...})`,
    ]);
  });

  it('reports a module that fails to load', async () => {
    const dir = await tempFolder({
      'broken.ts': `throw new Error('configuration server unreachable');\nexport default {};\n`,
    });
    const check = await checkDefinitionFile(join(dir, 'broken.ts'));
    expect(check.problems.map(formatProblem)).toEqual([
      `${join(dir, 'broken.ts')} definition: could not be loaded: configuration server unreachable`,
    ]);
  });

  it('is typed from the schema, so the editor catches mistakes before loading', () => {
    const agent = defineAgent({
      name: 'typed',
      model: { provider: 'azure', endpoint: 'https://r.openai.azure.com', deployment: 'rt' },
    });
    expect(agent.model.provider).toBe('azure');
    // @ts-expect-error floor is one of open|addressed|first-speaker|observer
    defineAgent({ name: 'typo', model: { provider: 'local' }, participants: { floor: 'adressed' } });
    // @ts-expect-error the compatible provider needs a url
    defineAgent({ name: 'no-url', model: { provider: 'compatible', model: 'm' } });
  });
});
