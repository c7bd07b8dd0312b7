// Writes throwaway plugin projects for registry tests: a folder with `plugins/*.ts` files and, when
// asked, npm-style plugin packages, whose imports of zod and the plugin API resolve to this repo's.
import { mkdir, mkdtemp, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('../..', import.meta.url));

/** The import line plugin files use for the author API. */
export const pluginApi = `import { definePlugin, defineTool } from ${JSON.stringify(join(repo, 'src/registry/plugin.ts'))};\nimport { z } from 'zod';\n`;

export async function pluginProject(files: Record<string, string>): Promise<string> {
  const cwd = await mkdtemp(join(tmpdir(), 'roomvoice-plugins-'));
  await mkdir(join(cwd, 'node_modules'), { recursive: true });
  await symlink(join(repo, 'node_modules/zod'), join(cwd, 'node_modules/zod'));
  await writeFile(join(cwd, 'package.json'), '{"name":"scratch","type":"module"}');
  for (const [path, text] of Object.entries(files)) {
    await mkdir(dirname(join(cwd, path)), { recursive: true });
    await writeFile(join(cwd, path), text);
  }
  return cwd;
}

/** A plugin file with one tool per name, each echoing its `text` argument. */
export function echoPlugin(plugin: string, tools: string[]): string {
  const specs = tools.map(
    (name) =>
      `defineTool({ name: '${name}', description: 'Echoes', parameters: z.object({ text: z.string() }), execute: ({ text }) => text })`,
  );
  return `${pluginApi}export default definePlugin({ name: '${plugin}', tools: [${specs.join(', ')}] });\n`;
}
