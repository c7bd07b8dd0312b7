import { type LoadedDefinition } from '../definition/index.js';
export { DEFAULT_DEFINITION, requestedAgent } from './agent-request.js';
/** Where definitions are read from: AGENTS_DIR, else the project's agents/ folder. */
export declare function agentsDirFromEnv(env?: NodeJS.ProcessEnv): string;
export interface AgentCatalog {
    dir: string;
    /** The valid definitions, by file name order. */
    definitions: LoadedDefinition[];
    /** Files that did not load, with why (pnpm validate says more). */
    skipped: {
        file: string;
        message: string;
    }[];
    get(name: string): LoadedDefinition | undefined;
}
/** Loads every definition file in `dir`; invalid ones are skipped and listed. */
export declare function loadCatalog(dir: string): Promise<AgentCatalog>;
/** Loads the definition named `name` from `dir`, naming the known ones when it is not there. */
export declare function findDefinition(dir: string, name: string): Promise<LoadedDefinition>;
/** Who a dispatch is for, as the worker sees it: the agent name it was sent to and its metadata. */
export interface DispatchTarget {
    agentName: string;
    metadata: string;
}
/**
 * The definition a dispatch runs: the one it names, or for the worker's general name (`generalName`),
 * the one its metadata names, else `fallback`. Throws CONFIG_INVALID for metadata of the wrong shape.
 */
export declare function definitionOf(target: DispatchTarget, generalName: string, fallback: string): string;
