// Tool names: the registry's dotted names (`notes.add`), their realtime wire form (`notes__add`, which
// must match ^[a-zA-Z0-9_-]{1,64}$), and wildcard patterns (`notes.*`) that definitions use to pick
// tools. Pure functions; the registry and the executor both rely on the round trip being exact.
/** A plugin, tool or MCP server name: letters, digits, `-`, and single `_` (never `__`, never `.`). */
export const NAME_PATTERN = /^[a-zA-Z][a-zA-Z0-9-]*(?:_[a-zA-Z0-9-]+)*$/;
const WIRE_SEPARATOR = '__';
const WIRE_PATTERN = /^[a-zA-Z0-9_-]{1,64}$/;
export function isValidName(name) {
    return NAME_PATTERN.test(name);
}
/** `notes` + `add` -> `notes.add` */
export function qualifiedName(namespace, tool) {
    return `${namespace}.${tool}`;
}
/** `notes.add` -> `notes__add`; undefined when the name cannot be put on the wire. */
export function toWireName(name) {
    const [namespace, tool, ...rest] = name.split('.');
    if (namespace === undefined || tool === undefined || rest.length > 0)
        return undefined;
    if (!isValidName(namespace) || !isValidName(tool))
        return undefined;
    const wire = `${namespace}${WIRE_SEPARATOR}${tool}`;
    return WIRE_PATTERN.test(wire) ? wire : undefined;
}
/** `notes__add` -> `notes.add`; undefined when the wire name is not one `toWireName` makes. */
export function fromWireName(wire) {
    const at = wire.indexOf(WIRE_SEPARATOR);
    if (at <= 0)
        return undefined;
    const name = qualifiedName(wire.slice(0, at), wire.slice(at + WIRE_SEPARATOR.length));
    return toWireName(name) === wire ? name : undefined;
}
const PATTERN_PATTERN = /^[a-zA-Z0-9_*-]+(?:\.[a-zA-Z0-9_*-]+)?$/;
export function isValidToolPattern(pattern) {
    return PATTERN_PATTERN.test(pattern);
}
/** Whether `name` matches a pattern where `*` stands for any run of characters (`notes.*`, `*.read`, `*`). */
export function matchesPattern(pattern, name) {
    const source = pattern
        .split('*')
        .map((part) => part.replace(/[.+?^${}()|[\]\\-]/g, '\\$&'))
        .join('.*');
    return new RegExp(`^${source}$`).test(name);
}
//# sourceMappingURL=names.js.map