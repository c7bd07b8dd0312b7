// A problem found in a definition file, where it is (file, line, column, field) and how it prints:
// `agents/x.yaml:12:5 participants.floor: expected one of ..., got "adressed"`, one line per problem.

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
export type Locate = (
  path: readonly PropertyKey[],
  options?: { key?: boolean; fragment?: string },
) => Position | undefined;

/** `mcp[0].server` from `['mcp', 0, 'server']`; `definition` for the empty path. */
export function fieldLabel(path: readonly PropertyKey[]): string {
  if (path.length === 0) return 'definition';
  return path.reduce<string>((label, segment) => {
    if (typeof segment === 'number') return `${label}[${segment}]`;
    return label === '' ? String(segment) : `${label}.${String(segment)}`;
  }, '');
}

export function formatProblem(problem: DefinitionProblem): string {
  const where =
    problem.position === undefined
      ? problem.file
      : `${problem.file}:${problem.position.line}:${problem.position.column}`;
  const severity = problem.severity === 'warning' ? 'warning: ' : '';
  return `${where} ${problem.field}: ${severity}${problem.message}`;
}

/** Problems in reading order: by file, then line, then column. */
export function sortProblems(problems: readonly DefinitionProblem[]): DefinitionProblem[] {
  const order = (p: DefinitionProblem) => [p.position?.line ?? 0, p.position?.column ?? 0];
  return [...problems].sort((a, b) => {
    if (a.file !== b.file) return a.file < b.file ? -1 : 1;
    const [al = 0, ac = 0] = order(a);
    const [bl = 0, bc = 0] = order(b);
    return al - bl || ac - bc;
  });
}
