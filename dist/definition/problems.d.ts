export interface Position {
    /** 1-based. */
    line: number;
    /** 1-based. */
    column: number;
}
export interface DefinitionProblem {
    severity: 'error' | 'warning';
    /** The file as the user named it (relative paths stay relative). */
    file: string;
    /** Absent for definitions without a text source (TypeScript modules). */
    position?: Position;
    /** The field path (`participants.floor`, `mcp[0].server`), `definition` for the whole, `yaml` for syntax. */
    field: string;
    message: string;
}
/** Finds where a field path sits in the source; `key` asks for the key rather than its value. */
export type Locate = (path: readonly PropertyKey[], options?: {
    key?: boolean;
    fragment?: string;
}) => Position | undefined;
/** `mcp[0].server` from `['mcp', 0, 'server']`; `definition` for the empty path. */
export declare function fieldLabel(path: readonly PropertyKey[]): string;
export declare function formatProblem(problem: DefinitionProblem): string;
/** Problems in reading order: by file, then line, then column. */
export declare function sortProblems(problems: readonly DefinitionProblem[]): DefinitionProblem[];
