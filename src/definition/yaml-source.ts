// Reads a YAML definition keeping positions: syntax errors with their line and column, and a `Locate`
// that maps a field path back to the node (or, for a missing field, the mapping that lacks it).
import { isAlias, isMap, isScalar, isSeq, LineCounter, type Node, parseDocument } from 'yaml';
import type { DefinitionProblem, Locate, Position } from './problems.js';

export interface YamlSource {
  /** The plain data, or undefined when the text is not valid YAML. */
  data: unknown;
  syntaxProblems: DefinitionProblem[];
  locate: Locate;
}

const START: Position = { line: 1, column: 1 };

/** Aliases may expand into at most this many nodes in all (the yaml library's count), so none can explode. */
const MAX_ALIAS_EXPANSION = 100;

export function readYaml(text: string, file: string): YamlSource {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  const syntaxProblems: DefinitionProblem[] = doc.errors.map((error) => ({
    severity: 'error',
    file,
    position: at(error.pos[0]),
    field: 'yaml',
    message: error.message.split('\n')[0] ?? error.message,
  }));

  const deref = (node: unknown): unknown => (isAlias(node) ? node.resolve(doc) : node);
  const start = (node: unknown): Position => {
    const range = (node as Node | null)?.range;
    return range ? at(range[0]) : START;
  };

  const locate: Locate = (path, options = {}) => {
    let node = deref(doc.contents);
    for (const [index, segment] of path.entries()) {
      const last = index === path.length - 1;
      if (isMap(node)) {
        const pair = node.items.find(
          (item) => isScalar(item.key) && String(item.key.value) === String(segment),
        );
        if (pair === undefined) return start(node);
        if ((last && options.key) || pair.value === null) return start(pair.key);
        node = deref(pair.value);
      } else if (isSeq(node) && typeof segment === 'number' && node.items[segment] !== undefined) {
        node = deref(node.items[segment]);
      } else {
        return start(node);
      }
    }
    const range = (node as Node | null)?.range;
    if (options.fragment !== undefined && range) {
      const found = text.indexOf(options.fragment, range[0]);
      if (found >= 0 && found < range[1]) return at(found);
    }
    return start(node);
  };

  if (syntaxProblems.length > 0) return { data: undefined, syntaxProblems, locate };
  try {
    return { data: doc.toJS({ maxAliasCount: MAX_ALIAS_EXPANSION }), syntaxProblems, locate };
  } catch (error) {
    const raw = error instanceof Error ? error.message : String(error);
    const message = /excessive alias count/i.test(raw)
      ? `aliases (*name) expand into more than ${MAX_ALIAS_EXPANSION} copies of their anchors: a definition may not be built by repeated aliasing (a "billion laughs")`
      : raw;
    return {
      data: undefined,
      syntaxProblems: [{ severity: 'error', file, position: START, field: 'yaml', message }],
      locate,
    };
  }
}
