import type { Registry } from '../registry/index.js';
/** The part of the registry a definition's references are checked against. */
export type ToolCatalog = Pick<Registry, 'toolNames' | 'serverNames' | 'matchTools'>;
export interface ReferenceProblem {
    path: PropertyKey[];
    message: string;
}
/**
 * Checks the tool patterns and MCP server names in definition data (as loaded from YAML or a module).
 * Entries that are not well-formed names are skipped: the schema reports those.
 */
export declare function checkReferences(data: unknown, catalog: ToolCatalog): ReferenceProblem[];
