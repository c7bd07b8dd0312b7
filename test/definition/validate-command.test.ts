// `pnpm validate` as a user runs it: the shipped examples pass against the real plugins/, a broken
// file prints its problem line and exits 1, usage mistakes exit 2, and names must be unique across files.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runScript, runValidate, tempFolder } from './cli-run.js';

const EXAMPLES = [
  'concierge.yaml',
  'echo.yaml',
  'meeting-assistant.yaml',
  'phone-line.ts',
  'translator.yaml',
];
const agentName = (file: string) => file.slice(0, file.indexOf('.'));

describe('pnpm validate', () => {
  it('passes the example agents in agents/, one OK line each', async () => {
    const result = await runScript('validate', ['agents/']);
    expect(result.err).toEqual([]);
    expect(result.code).toBe(0);
    expect(result.out).toHaveLength(EXAMPLES.length);
    EXAMPLES.forEach((file, index) => {
      expect(
        result.out[index]?.startsWith(`agents/${file}: OK (${agentName(file)}: `),
        result.out[index],
      ).toBe(true);
    });
  });

  it('checks agents/ when given no path', async () => {
    const result = await runValidate([]);
    expect(result.code).toBe(0);
    expect(result.out.map((line) => line.split(':')[0])).toEqual(EXAMPLES.map((file) => `agents/${file}`));
  });

  it('prints the problem line and exits 1 for a broken file', async () => {
    const dir = await tempFolder({
      'x.yaml': 'name: x\nmodel:\n  provider: local\nparticipants:\n  mode: shared\n  floor: adressed\n',
    });
    const file = join(dir, 'x.yaml');
    const result = await runScript('validate', [file]);
    expect(result.code).toBe(1);
    expect(result.err).toEqual([
      `${file}:6:10 participants.floor: expected one of open|addressed|first-speaker|observer, got "adressed"`,
    ]);
    expect(result.out).toEqual([]);
  });

  it('exits 2 with usage for a path that does not exist', async () => {
    const result = await runScript('validate', ['agents/nope.yaml']);
    expect(result.code).toBe(2);
    expect(result.err[0]).toBe('validate: agents/nope.yaml: no such file or folder');
    expect(result.err[1]).toMatch(/^usage: pnpm validate/);
  });

  it('exits 2 for an unknown option and for a folder with no definitions', async () => {
    expect((await runValidate(['--strict'])).code).toBe(2);
    const empty = await mkdtemp(join(tmpdir(), 'agents-empty-'));
    const result = await runValidate([empty]);
    expect(result.code).toBe(2);
    expect(result.err[0]).toContain('no agent definitions');
  });

  it('reports an agent name used by two files at the second one', async () => {
    const dir = await tempFolder({
      'a.yaml': 'name: helper\nmodel: { provider: local }\n',
      'b.yaml': '# the same agent again\nname: helper\nmodel: { provider: local }\n',
    });
    const result = await runValidate([dir]);
    expect(result.code).toBe(1);
    expect(result.out).toEqual([`${join(dir, 'a.yaml')}: OK (helper: local, single, no tools)`]);
    expect(result.err).toEqual([
      `${join(dir, 'b.yaml')}:2:7 name: agent name "helper" is already used by ${join(dir, 'a.yaml')}`,
    ]);
  });

  it('says so when the plugin folder registers nothing the definition names', async () => {
    const plugins = await mkdtemp(join(tmpdir(), 'plugins-empty-'));
    const result = await runValidate(['--plugins', plugins, 'agents/concierge.yaml']);
    expect(result.code).toBe(1);
    expect(result.err[0]).toBe(
      'agents/concierge.yaml:27:9 tools[0]: unknown tool "room.participants"; no tools are registered (plugins/ is empty or missing)',
    );
  });
});
