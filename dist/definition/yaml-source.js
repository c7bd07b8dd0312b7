// Reads a YAML definition keeping positions: syntax errors with their line and column, and a `Locate`
// that maps a field path back to the node (or, for a missing field, the mapping that lacks it).
import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
const START = { line: 1, column: 1 };
export function readYaml(text, file) {
    const lineCounter = new LineCounter();
    const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
    const at = (offset) => {
        const { line, col } = lineCounter.linePos(offset);
        return { line, column: col };
    };
    const syntaxProblems = doc.errors.map((error) => ({
        severity: 'error',
        file,
        position: at(error.pos[0]),
        field: 'yaml',
        message: error.message.split('\n')[0] ?? error.message,
    }));
    const deref = (node) => (isAlias(node) ? node.resolve(doc) : node);
    const start = (node) => {
        const range = node?.range;
        return range ? at(range[0]) : START;
    };
    const locate = (path, options = {}) => {
        let node = deref(doc.contents);
        for (const [index, segment] of path.entries()) {
            const last = index === path.length - 1;
            if (isMap(node)) {
                const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(segment));
                if (pair === undefined)
                    return start(node);
                if ((last && options.key) || pair.value === null)
                    return start(pair.key);
                node = deref(pair.value);
            }
            else if (isSeq(node) && typeof segment === 'number' && node.items[segment] !== undefined) {
                node = deref(node.items[segment]);
            }
            else {
                return start(node);
            }
        }
        const range = node?.range;
        if (options.fragment !== undefined && range) {
            const found = text.indexOf(options.fragment, range[0]);
            if (found >= 0 && found < range[1])
                return at(found);
        }
        return start(node);
    };
    if (syntaxProblems.length > 0)
        return { data: undefined, syntaxProblems, locate };
    try {
        return { data: doc.toJS({ maxAliasCount: 100 }), syntaxProblems, locate };
    }
    catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        return {
            data: undefined,
            syntaxProblems: [{ severity: 'error', file, position: START, field: 'yaml', message }],
            locate,
        };
    }
}
//# sourceMappingURL=yaml-source.js.map