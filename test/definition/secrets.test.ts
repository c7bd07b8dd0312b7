// Secrets in definitions: an API key pasted inline draws a warning pointing at ${env:...}; an unset
// variable stops the start with the field and variable named; resolved values never reach the logs.
// biome-ignore-all lint/suspicious/noTemplateCurlyInString: the definitions are YAML text, where ${env:NAME} is literal.
import { inspect } from 'node:util';
import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import {
  checkDefinitionYaml,
  formatProblem,
  type LoadedDefinition,
  looksLikeSecret,
  resolveAgentModel,
  resolveSecret,
  Secret,
} from '../../src/definition/index.js';
import { isFrameworkError } from '../../src/errors.js';
import { createLogger, log, setLogger } from '../../src/telemetry/log.js';

const KEY = 'sk-proj-Zq81mNvB3xLk7TfR2wPy9HcD';

function loaded(yaml: string, file = 'agents/a.yaml'): LoadedDefinition {
  const check = checkDefinitionYaml(yaml, file);
  if (check.definition === undefined) throw new Error(check.problems.map(formatProblem).join('\n'));
  return { file, definition: check.definition, warnings: check.problems, locate: check.locate };
}

const compatible = [
  'name: a',
  'model:',
  '  provider: compatible',
  '  url: wss://rt.example.test/v1/realtime',
  '  model: m',
  '  api_key: ${env:RT_KEY}',
  '  headers:',
  '    Authorization: Bearer ${env:RT_TOKEN}',
  '',
].join('\n');

describe('an API key written into the definition', () => {
  it('loads with a warning that points at the field and names the reference to use', () => {
    const agent = loaded(`name: a\nmodel:\n  provider: openai\n  api_key: ${KEY}\n`);
    expect(agent.warnings.map(formatProblem)).toEqual([
      'agents/a.yaml:4:12 model.api_key: warning: looks like a secret written inline; write ${env:OPENAI_API_KEY} and set OPENAI_API_KEY in the environment',
    ]);
    expect(agent.warnings.map(formatProblem).join('')).not.toContain(KEY);
  });

  it('is told apart from ordinary values', () => {
    for (const secret of [
      KEY,
      'xai-AbCdEf0123456789',
      'Bearer 9fK2mQ7xL4vT8bN1pR6wZ3yH5jD0sG',
      'ghp_16C7e42F292c6912E7710c838347Ae178B4a',
    ]) {
      expect(looksLikeSecret(secret), secret).toBe(true);
    }
    for (const plain of [
      'gpt-realtime-2',
      'application/json',
      'https://example.test/v1/realtime',
      '${env:OPENAI_API_KEY}',
      'Bearer ${env:TOKEN}',
      'a perfectly ordinary sentence here',
    ]) {
      expect(looksLikeSecret(plain), plain).toBe(false);
    }
  });

  it('draws no warning when it is a reference', () => {
    expect(loaded(compatible).warnings).toEqual([]);
  });
});

describe('starting an agent whose secret is not in the environment', () => {
  it('fails naming the file, line, field and variable', () => {
    const agent = loaded(compatible);
    try {
      resolveAgentModel(agent, { RT_TOKEN: 't' });
      expect.unreachable();
    } catch (error) {
      expect(isFrameworkError(error, 'SECRET_UNSET')).toBe(true);
      expect((error as Error).message).toBe(
        'agents/a.yaml:6:12 model.api_key refers to ${env:RT_KEY}, but the environment variable RT_KEY is not set; set it before starting the agent',
      );
    }
  });

  it('fails for a header as well, and for a provider default reference', () => {
    expect(() => resolveAgentModel(loaded(compatible), { RT_KEY: 'k' })).toThrow(
      /model\.headers\.Authorization refers to \$\{env:RT_TOKEN\}/,
    );
    const openai = loaded('name: a\nmodel:\n  provider: openai\n');
    expect(() => resolveAgentModel(openai, {})).toThrow(
      /model\.api_key refers to \$\{env:OPENAI_API_KEY\}, but the environment variable OPENAI_API_KEY is not set/,
    );
  });

  it('treats an empty variable as unset', () => {
    expect(() => resolveSecret('${env:EMPTY}', 'model.api_key', { EMPTY: '' })).toThrow(/EMPTY is not set/);
  });
});

describe('resolved secrets', () => {
  const env = { RT_KEY: 'resolved-key-Qw3rTy', RT_TOKEN: 'resolved-token-As4dFg' };

  it('give their value only when asked', () => {
    const model = resolveAgentModel(loaded(compatible), env);
    expect(model.api_key?.reveal()).toBe(env.RT_KEY);
    expect(model.headers?.Authorization?.reveal()).toBe(`Bearer ${env.RT_TOKEN}`);
    const shown = [String(model.api_key), JSON.stringify(model), inspect(model, { depth: 5 })].join('\n');
    expect(shown).not.toContain(env.RT_KEY);
    expect(shown).not.toContain(env.RT_TOKEN);
    expect(JSON.stringify(model.api_key)).toBe('"[redacted] ${env:RT_KEY}"');
  });

  describe('never reach the logs', () => {
    afterEach(() => setLogger(pino({ level: 'silent' })));

    it('whether logged as Secrets or as raw configuration', () => {
      const lines: string[] = [];
      setLogger(createLogger({ level: 'info', destination: { write: (line: string) => lines.push(line) } }));
      const model = resolveAgentModel(loaded(compatible), env);
      log().child({ agent: 'a' }).info({ model }, 'connecting');
      log().info(
        { config: { api_key: env.RT_KEY, headers: { authorization: `Bearer ${env.RT_TOKEN}` } } },
        'raw config',
      );
      log().info({ env: { RT_KEY: env.RT_KEY } }, 'server environment');
      const output = lines.join('');
      expect(lines).toHaveLength(3);
      expect(output).toContain('connecting');
      expect(output).not.toContain(env.RT_KEY);
      expect(output).not.toContain(env.RT_TOKEN);
    });
  });

  it('can be wrapped directly', () => {
    const secret = new Secret('v4lue', 'inline');
    expect(`${secret}`).toBe('[redacted]');
    expect(inspect({ secret })).toBe('{ secret: Secret([redacted] inline) }');
  });
});
