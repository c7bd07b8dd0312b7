import type { DefinitionProblem, Locate } from './problems.js';
export interface YamlSource {
    /** The plain data, or undefined when the text is not valid YAML. */
    data: unknown;
    syntaxProblems: DefinitionProblem[];
    locate: Locate;
}
export declare function readYaml(text: string, file: string): YamlSource;
