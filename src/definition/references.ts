// Checks what a definition names against the plugin registry: every tool name or pattern must match a
// registered tool, every MCP server must be a registered binding. Unknown names list what is known and
// suggest the closest.
import type { Registry } from '../registry/index.js';
import type { AgentDefinition } from './schema.js';
import { didYouMean } from './suggest.js';

/** The part of the registry a definition's references are checked against. */
export type ToolCatalog = Pick<Registry, 'toolNames' | 'serverNames' | 'matchTools'>;

export interface ReferenceProblem {
  path: PropertyKey[];
  message: string;
}

const LISTED_MAX = 20;

function listing(what: string, names: readonly string[]): string {
  if (names.length === 0) return `no ${what} are registered (plugins/ is empty or missing)`;
  const shown = names.slice(0, LISTED_MAX).join(', ');
  return `known ${what}: ${shown}${names.length > LISTED_MAX ? `, and ${names.length - LISTED_MAX} more` : ''}`;
}

function toolProblem(pattern: string, catalog: ToolCatalog): string | undefined {
  if (catalog.matchTools(pattern).length > 0) return undefined;
  const known = [...catalog.toolNames()].sort();
  if (!pattern.includes('*'))
    return `unknown tool "${pattern}"${didYouMean(pattern, known)}; ${listing('tools', known)}`;
  const namespaces = [...new Set(known.map((name) => name.split('.')[0] ?? name))];
  const candidates = namespaces.map((namespace) => `${namespace}.*`);
  return `"${pattern}" matches no tool${didYouMean(pattern, candidates)}; ${listing('tools', known)}`;
}

export function checkReferences(agent: AgentDefinition, catalog: ToolCatalog): ReferenceProblem[] {
  const problems: ReferenceProblem[] = [];
  agent.tools.forEach((pattern, index) => {
    const message = toolProblem(pattern, catalog);
    if (message !== undefined) problems.push({ path: ['tools', index], message });
  });
  const servers = [...catalog.serverNames()].sort();
  agent.mcp.forEach((entry, index) => {
    if (servers.includes(entry.server)) return;
    problems.push({
      path: ['mcp', index, 'server'],
      message: `unknown MCP server "${entry.server}"${didYouMean(entry.server, servers)}; ${listing('servers', servers)}`,
    });
  });
  return problems;
}
