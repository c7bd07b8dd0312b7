// Loading the plugin registry: the shipped plugins, packages named in configuration, and the errors a
// plugin author sees for duplicates and malformed files, each naming the file(s) at fault.
import { describe, expect, it } from 'vitest';
import { isFrameworkError } from '../../src/errors.js';
import { loadRegistry } from '../../src/registry/index.js';
import { echoPlugin, pluginApi, pluginProject } from './plugin-folder.js';

async function loadError(files: Record<string, string>): Promise<Error> {
  const cwd = await pluginProject(files);
  const error = await loadRegistry({ cwd, packages: [] }).then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(isFrameworkError(error, 'PLUGIN_INVALID'), String(error)).toBe(true);
  return error as Error;
}

describe('the shipped plugins folder', () => {
  it('registers room, notes and clock tools under dotted names, and the memory and everything servers', async () => {
    const registry = await loadRegistry({ packages: [] });
    expect(registry.toolNames()).toEqual([
      'clock.now',
      'notes.add',
      'notes.clear',
      'notes.read',
      'room.leave',
      'room.participants',
      'room.send_chat',
    ]);
    expect(registry.serverNames()).toEqual(['everything', 'memory']);
    expect(registry.matchTools('notes.*')).toEqual(['notes.add', 'notes.clear', 'notes.read']);
    expect(registry.matchTools('*.read')).toEqual(['notes.read']);
    expect(registry.matchTools('weather.*')).toEqual([]);
    expect(registry.tool('notes.add')?.source).toBe('plugins/notes.ts');
    expect(registry.server('memory')?.source).toBe('plugins/memory.ts');
  });

  it('describes a tool in the realtime session.update shape, with a wire name and JSON Schema', async () => {
    const registry = await loadRegistry({ packages: [] });
    expect(registry.functionTool('notes.add')).toEqual({
      type: 'function',
      name: 'notes__add',
      description: expect.stringContaining('meeting notes'),
      parameters: {
        type: 'object',
        properties: {
          text: { type: 'string', minLength: 1, maxLength: 2000, description: 'The note, one line' },
        },
        required: ['text'],
      },
    });
  });
});

describe('plugins from packages', () => {
  it('loads a package named in ROOMVOICE_PLUGINS beside the plugins folder', async () => {
    const cwd = await pluginProject({
      'plugins/notes.ts': echoPlugin('notes', ['add']),
      'node_modules/weather-plugin/package.json':
        '{"name":"weather-plugin","type":"module","main":"index.js"}',
      // A published plugin is plain JS and needs nothing from the framework but the shape.
      'node_modules/weather-plugin/index.js': `import { z } from 'zod';\nexport const plugin = { name: 'weather', tools: [{ name: 'lookup', description: 'Weather', parameters: z.object({ city: z.string() }), execute: ({ city }) => 'sunny in ' + city }] };\n`,
    });
    const previous = process.env.ROOMVOICE_PLUGINS;
    process.env.ROOMVOICE_PLUGINS = ' weather-plugin ,';
    try {
      const registry = await loadRegistry({ cwd });
      expect(registry.toolNames()).toEqual(['notes.add', 'weather.lookup']);
      expect(registry.tool('weather.lookup')?.source).toBe('package weather-plugin');
    } finally {
      if (previous === undefined) delete process.env.ROOMVOICE_PLUGINS;
      else process.env.ROOMVOICE_PLUGINS = previous;
    }
  });

  it('says which package is missing', async () => {
    const cwd = await pluginProject({});
    await expect(loadRegistry({ cwd, packages: ['no-such-plugin'] })).rejects.toThrow(
      /Plugin package no-such-plugin .* is not installed/,
    );
  });
});

describe('a plugin author gets errors naming the file', () => {
  it('names both files when two plugins define the same tool name', async () => {
    const error = await loadError({
      'plugins/a-notes.ts': echoPlugin('notes', ['add']),
      'plugins/b-notes.ts': echoPlugin('notes', ['read']),
    });
    expect(error.message).toBe(
      'Plugin "notes" is defined twice: in plugins/a-notes.ts and in plugins/b-notes.ts',
    );
  });

  it('names both places when one plugin repeats a tool', async () => {
    const error = await loadError({ 'plugins/notes.ts': echoPlugin('notes', ['add', 'read', 'add']) });
    expect(error.message).toBe(
      'Tool "notes.add" is defined twice: in plugins/notes.ts (tools[0]) and in plugins/notes.ts (tools[2])',
    );
  });

  it('names both files when two plugins bind the same MCP server name', async () => {
    const binding = (plugin: string) =>
      `${pluginApi}export default definePlugin({ name: '${plugin}', mcp: [{ name: 'memory', command: 'node' }] });\n`;
    const error = await loadError({ 'plugins/one.ts': binding('one'), 'plugins/two.ts': binding('two') });
    expect(error.message).toBe(
      'MCP server "memory" is defined twice: in plugins/one.ts and in plugins/two.ts',
    );
  });

  it("refuses an MCP server named like another plugin's tool namespace", async () => {
    const error = await loadError({
      'plugins/notes.ts': echoPlugin('notes', ['add']),
      'plugins/remote.ts': `${pluginApi}export default definePlugin({ name: 'remote', mcp: [{ name: 'notes', url: 'http://127.0.0.1:1/mcp' }] });\n`,
    });
    expect(error.message).toMatch(
      /Namespace "notes" .* in plugins\/notes.ts \(tools\[0\]\) and in plugins\/remote.ts/,
    );
  });

  it('reports a file that does not parse', async () => {
    const error = await loadError({ 'plugins/broken.ts': 'export default definePlugin({ name: ' });
    expect(error.message).toMatch(/^plugins\/broken.ts could not be loaded: /);
  });

  it('reports a file that exports no plugin', async () => {
    const error = await loadError({ 'plugins/empty.ts': 'export const answer = 42;\n' });
    expect(error.message).toMatch(/^plugins\/empty.ts exports no plugin: use "export default definePlugin/);
  });

  it('reports each wrong field with its path', async () => {
    const error = await loadError({
      'plugins/bad.ts': `${pluginApi}export default definePlugin({ name: 'bad', tools: [
        { name: 'look.up', description: 'x', parameters: { city: 'string' }, execute: () => 'x' },
        { name: 'ok', description: '', parameters: z.object({}), execute: 'nope', colour: 'red' },
      ] } as never);\n`,
    });
    expect(error.message).toMatch(/^plugins\/bad.ts is not a valid plugin: /);
    expect(error.message).toContain('tools.0.name: expected a name of letters');
    expect(error.message).toContain('tools.0.parameters: expected a zod object schema');
    expect(error.message).toContain('tools.1.description: expected a description for the model');
    expect(error.message).toContain('tools.1.execute: expected a function execute(args, ctx)');
    expect(error.message).toContain('tools.1: Unrecognized key: "colour"');
  });

  it('refuses a tool whose wire name would be longer than 64 characters', async () => {
    const error = await loadError({ 'plugins/long.ts': echoPlugin('long', ['x'.repeat(62)]) });
    expect(error.message).toMatch(
      /^plugins\/long.ts \(tools\[0\]\): tool name long\.x+ is longer than the 64 characters/,
    );
  });
});
