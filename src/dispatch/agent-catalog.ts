// The agent definitions a worker can run, by name: every definition file in the agents folder
// (AGENTS_DIR, default agents/). A dispatch names one directly (the worker registers every definition
// under its own name), or reaches the worker's general name (AGENT_NAME) with metadata
// `{"agent": "<name>"}`; without it the worker's default (AGENT_DEFINITION, default echo) runs.
import { readdir } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFINITION_EXTENSIONS, type LoadedDefinition, loadDefinition } from '../definition/index.js';
import { FrameworkError } from '../errors.js';

import { requestedAgent } from './agent-request.js';

export { DEFAULT_DEFINITION, requestedAgent } from './agent-request.js';

/** The project's own folder of example definitions. */
const PROJECT_AGENTS_DIR = fileURLToPath(new URL('../../agents', import.meta.url));

/** Where definitions are read from: AGENTS_DIR, else the project's agents/ folder. */
export function agentsDirFromEnv(env: NodeJS.ProcessEnv = process.env): string {
  return env.AGENTS_DIR || PROJECT_AGENTS_DIR;
}

export interface AgentCatalog {
  dir: string;
  /** The valid definitions, by file name order. */
  definitions: LoadedDefinition[];
  /** Files that did not load, with why (pnpm validate says more). */
  skipped: { file: string; message: string }[];
  get(name: string): LoadedDefinition | undefined;
}

/** Loads every definition file in `dir`; invalid ones are skipped and listed. */
export async function loadCatalog(dir: string): Promise<AgentCatalog> {
  const files = (await readdir(dir))
    .filter((file) => DEFINITION_EXTENSIONS.includes(extname(file)) && !file.endsWith('.d.ts'))
    .sort();
  const definitions: LoadedDefinition[] = [];
  const skipped: AgentCatalog['skipped'] = [];
  for (const file of files) {
    try {
      definitions.push(await loadDefinition(join(dir, file)));
    } catch (error) {
      skipped.push({ file, message: error instanceof Error ? error.message : String(error) });
    }
  }
  return {
    dir,
    definitions,
    skipped,
    get: (name) => definitions.find((loaded) => loaded.definition.name === name),
  };
}

/** Loads the definition named `name` from `dir`, naming the known ones when it is not there. */
export async function findDefinition(dir: string, name: string): Promise<LoadedDefinition> {
  const catalog = await loadCatalog(dir);
  const found = catalog.get(name);
  if (found) return found;
  const known = catalog.definitions.map((loaded) => loaded.definition.name);
  throw new FrameworkError(
    'DEFINITION_INVALID',
    `no valid agent definition named "${name}" in ${dir}; known: ${known.sort().join(', ') || 'none'} (run pnpm validate)`,
  );
}

/** Who a dispatch is for, as the worker sees it: the agent name it was sent to and its metadata. */
export interface DispatchTarget {
  agentName: string;
  metadata: string;
}

/**
 * The definition a dispatch runs: the one it names, or for the worker's general name (`generalName`),
 * the one its metadata names, else `fallback`. Throws CONFIG_INVALID for metadata of the wrong shape.
 */
export function definitionOf(target: DispatchTarget, generalName: string, fallback: string): string {
  if (target.agentName === generalName) return requestedAgent(target.metadata, fallback);
  return target.agentName;
}
