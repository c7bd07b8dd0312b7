// The JSON Schema editors use for agents/*.yaml: committed and up to date with the zod schema, every
// field described, and referenced by each example.
import { readdir, readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { agentJsonSchema } from '../../src/definition/index.js';
import { runScript } from './cli-run.js';

type JsonSchema = { properties?: Record<string, JsonSchema>; description?: string; [key: string]: unknown };

/** Every property path in the schema that has no description. */
function undescribed(node: JsonSchema, path: string): string[] {
  const missing: string[] = [];
  for (const [name, property] of Object.entries(node.properties ?? {})) {
    if (property.description === undefined) missing.push(`${path}${name}`);
    missing.push(...undescribed(property, `${path}${name}.`));
  }
  for (const key of ['oneOf', 'anyOf', 'allOf'] as const) {
    const variants = node[key];
    if (Array.isArray(variants))
      for (const variant of variants) missing.push(...undescribed(variant as JsonSchema, path));
  }
  for (const key of ['items', 'additionalProperties'] as const) {
    const inner = node[key];
    if (typeof inner === 'object' && inner !== null)
      missing.push(...undescribed(inner as JsonSchema, `${path}*.`));
  }
  return missing;
}

describe('agents/agent.schema.json', () => {
  it('is what the zod schema generates today', async () => {
    const committed = JSON.parse(await readFile('agents/agent.schema.json', 'utf8'));
    expect(committed).toEqual(agentJsonSchema());
  });

  it('is reported up to date by pnpm schema --check', async () => {
    const result = await runScript('schema', ['--check']);
    expect(result).toEqual({ code: 0, out: ['agents/agent.schema.json is up to date'], err: [] });
  });

  it('describes every field a user can set', () => {
    const schema = agentJsonSchema() as JsonSchema;
    expect(Object.keys(schema.properties ?? {})).toEqual([
      'name',
      'description',
      'model',
      'instructions',
      'greeting',
      'turn_detection',
      'audio',
      'participants',
      'tools',
      'mcp',
      'tool_guards',
      'data_scope',
      'limits',
      'dispatch',
    ]);
    expect(undescribed(schema, '')).toEqual([]);
  });

  it('forbids unknown fields everywhere', () => {
    const open: string[] = [];
    const visit = (node: unknown, path: string): void => {
      if (typeof node !== 'object' || node === null) return;
      const schema = node as JsonSchema;
      if (
        schema.type === 'object' &&
        schema.properties !== undefined &&
        schema.additionalProperties !== false
      )
        open.push(path);
      for (const [key, value] of Object.entries(schema)) visit(value, `${path}/${key}`);
    };
    visit(agentJsonSchema(), '');
    expect(open).toEqual([]);
  });

  it('is referenced by every example so editors complete and check it', async () => {
    const examples = (await readdir('agents')).filter((file) => file.endsWith('.yaml'));
    expect(examples.sort()).toEqual([
      'concierge.yaml',
      'echo.yaml',
      'meeting-assistant.yaml',
      'translator.yaml',
    ]);
    for (const file of examples) {
      const first = (await readFile(`agents/${file}`, 'utf8')).split('\n')[0];
      expect(first, file).toBe('# yaml-language-server: $schema=./agent.schema.json');
    }
  });
});
