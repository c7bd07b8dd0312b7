// A problem found in a definition file, where it is (file, line, column, field) and how it prints:
// `agents/x.yaml:12:5 participants.floor: expected one of ..., got "adressed"`, one line per problem.
/** `mcp[0].server` from `['mcp', 0, 'server']`; `definition` for the empty path. */
export function fieldLabel(path) {
    if (path.length === 0)
        return 'definition';
    return path.reduce((label, segment) => {
        if (typeof segment === 'number')
            return `${label}[${segment}]`;
        return label === '' ? String(segment) : `${label}.${String(segment)}`;
    }, '');
}
export function formatProblem(problem) {
    const where = problem.position === undefined
        ? problem.file
        : `${problem.file}:${problem.position.line}:${problem.position.column}`;
    const severity = problem.severity === 'warning' ? 'warning: ' : '';
    return `${where} ${problem.field}: ${severity}${problem.message}`;
}
/** Problems in reading order: by file, then line, then column. */
export function sortProblems(problems) {
    const order = (p) => [p.position?.line ?? 0, p.position?.column ?? 0];
    return [...problems].sort((a, b) => {
        if (a.file !== b.file)
            return a.file < b.file ? -1 : 1;
        const [al = 0, ac = 0] = order(a);
        const [bl = 0, bc = 0] = order(b);
        return al - bl || ac - bc;
    });
}
//# sourceMappingURL=problems.js.map