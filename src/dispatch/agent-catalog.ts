// The agent definitions a worker can run, by name: every definition file in the agents folder
// (AGENTS_DIR, default agents/), checked when the job starts. A dispatch picks one with its metadata,
// `{"agent": "<name>"}`; without it the worker's default (AGENT_DEFINITION, default echo) runs.
import { readdir } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { DEFINITION_EXTENSIONS, type LoadedDefinition, loadDefinition } from '../definition/index.js';
import { FrameworkError } from '../errors.js';

export { DEFAULT_DEFINITION, requestedAgent } from './agent-request.js';

/** Loads the definition named `name` from `dir`, naming the known ones when it is not there. */
export async function findDefinition(dir: string, name: string): Promise<LoadedDefinition> {
  const files = (await readdir(dir)).filter((file) => DEFINITION_EXTENSIONS.includes(extname(file)));
  const known: string[] = [];
  for (const file of files) {
    const loaded = await loadDefinition(join(dir, file)).catch(() => undefined);
    if (!loaded) continue;
    if (loaded.definition.name === name) return loaded;
    known.push(loaded.definition.name);
  }
  throw new FrameworkError(
    'DEFINITION_INVALID',
    `no valid agent definition named "${name}" in ${dir}; known: ${known.sort().join(', ') || 'none'} (run pnpm validate)`,
  );
}
