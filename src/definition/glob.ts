// Name patterns as definitions write them (`support-*`, `host-?`): `*` any run of characters, `?` one
// character, everything else literal. Identities, room names and attribute values are matched with them.

/** A pattern with the wildcards * and ? as an anchored regular expression. */
export function globToRegExp(pattern: string): RegExp {
  const source = [...pattern]
    .map((char) => (char === '*' ? '.*' : char === '?' ? '.' : char.replace(/[.+^${}()|[\]\\-]/g, '\\$&')))
    .join('');
  return new RegExp(`^${source}$`, 's');
}

/** Whether `value` matches one of the patterns. */
export function matchesAny(patterns: readonly string[], value: string): boolean {
  return patterns.some((pattern) => globToRegExp(pattern).test(value));
}
