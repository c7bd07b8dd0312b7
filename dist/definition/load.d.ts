import { type ResolvedModel } from './model.js';
import { type DefinitionProblem, type Locate } from './problems.js';
import { type AgentDefinition } from './schema.js';
export declare const YAML_EXTENSIONS: string[];
export declare const MODULE_EXTENSIONS: string[];
/** The file names a definition may have, YAML or module. */
export declare const DEFINITION_EXTENSIONS: string[];
/** The outcome of checking one file: the definition when there are no errors, and every problem found. */
export interface DefinitionCheck {
    file: string;
    /** The data as written (parsed YAML or the module's default export); undefined when unreadable. */
    data: unknown;
    definition?: AgentDefinition;
    /** Errors and warnings, in reading order. */
    problems: DefinitionProblem[];
    locate: Locate;
}
export interface LoadedDefinition {
    file: string;
    definition: AgentDefinition;
    warnings: DefinitionProblem[];
    locate: Locate;
}
/**
 * A problem at a field path of a checked file, placed by the file's locator: at the field's value, its
 * key (`key`), or a piece of text inside it (`fragment`, e.g. a template variable).
 */
export declare function problemAt(check: Pick<DefinitionCheck, 'file' | 'locate'>, path: readonly PropertyKey[], message: string, options?: {
    severity?: DefinitionProblem['severity'];
    key?: boolean;
    fragment?: string;
}): DefinitionProblem;
/** Checks plain data (from YAML or a module) against the schema, and collects warnings if it passes. */
export declare function checkDefinition(data: unknown, file: string, locate?: Locate): DefinitionCheck;
/** Checks YAML text; `file` is only used to name the source in problems. */
export declare function checkDefinitionYaml(text: string, file: string): DefinitionCheck;
/** Reads and checks one file, by extension: YAML text or a TypeScript/JavaScript module. */
export declare function checkDefinitionFile(file: string): Promise<DefinitionCheck>;
/** Loads one definition for running; throws DEFINITION_INVALID with one line per problem. */
export declare function loadDefinition(file: string): Promise<LoadedDefinition>;
/**
 * The definition's model with its `${env:NAME}` secrets resolved, for starting the agent. An unset
 * variable throws SECRET_UNSET naming the file, line, field and variable.
 */
export declare function resolveAgentModel(loaded: LoadedDefinition, env?: NodeJS.ProcessEnv): ResolvedModel;
