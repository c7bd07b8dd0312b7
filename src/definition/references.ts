// Checks what a definition names against the plugin registry: every tool name or pattern must match a
// registered tool, every MCP server must be a registered binding, every tool a guard names must be a
// plugin tool or belong to an MCP server. Unknown names list what is known and suggest the closest.
// Works on the data as written, so a file with other mistakes is checked too.
import type { Registry } from '../registry/index.js';
import { isValidToolPattern, NAME_PATTERN } from '../registry/names.js';
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

function fields(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/**
 * Checks the tool patterns and MCP server names in definition data (as loaded from YAML or a module).
 * Entries that are not well-formed names are skipped: the schema reports those.
 */
export function checkReferences(data: unknown, catalog: ToolCatalog): ReferenceProblem[] {
  const problems: ReferenceProblem[] = [];
  list(fields(data).tools).forEach((pattern, index) => {
    if (typeof pattern !== 'string' || !isValidToolPattern(pattern)) return;
    const message = toolProblem(pattern, catalog);
    if (message !== undefined) problems.push({ path: ['tools', index], message });
  });
  const servers = [...catalog.serverNames()].sort();
  list(fields(data).tool_guards).forEach((guard, index) => {
    list(fields(guard).tools).forEach((pattern, at) => {
      if (typeof pattern !== 'string' || !isValidToolPattern(pattern)) return;
      // MCP servers' tools are only known once the server runs: their names are not checked here.
      if (servers.includes(pattern.split('.')[0] ?? '')) return;
      const message = toolProblem(pattern, catalog);
      if (message !== undefined) problems.push({ path: ['tool_guards', index, 'tools', at], message });
    });
  });
  list(fields(data).mcp).forEach((entry, index) => {
    const server = fields(entry).server;
    if (typeof server !== 'string' || !NAME_PATTERN.test(server) || servers.includes(server)) return;
    problems.push({
      path: ['mcp', index, 'server'],
      message: `unknown MCP server "${server}"${didYouMean(server, servers)}; ${listing('servers', servers)}`,
    });
  });
  return problems;
}
