import { isValidToolPattern, NAME_PATTERN } from '../registry/names.js';
import { didYouMean } from './suggest.js';
const LISTED_MAX = 20;
function listing(what, names) {
    if (names.length === 0)
        return `no ${what} are registered (plugins/ is empty or missing)`;
    const shown = names.slice(0, LISTED_MAX).join(', ');
    return `known ${what}: ${shown}${names.length > LISTED_MAX ? `, and ${names.length - LISTED_MAX} more` : ''}`;
}
function toolProblem(pattern, catalog) {
    if (catalog.matchTools(pattern).length > 0)
        return undefined;
    const known = [...catalog.toolNames()].sort();
    if (!pattern.includes('*'))
        return `unknown tool "${pattern}"${didYouMean(pattern, known)}; ${listing('tools', known)}`;
    const namespaces = [...new Set(known.map((name) => name.split('.')[0] ?? name))];
    const candidates = namespaces.map((namespace) => `${namespace}.*`);
    return `"${pattern}" matches no tool${didYouMean(pattern, candidates)}; ${listing('tools', known)}`;
}
function fields(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value)
        ? value
        : {};
}
function list(value) {
    return Array.isArray(value) ? value : [];
}
/**
 * Checks the tool patterns and MCP server names in definition data (as loaded from YAML or a module).
 * Entries that are not well-formed names are skipped: the schema reports those.
 */
export function checkReferences(data, catalog) {
    const problems = [];
    list(fields(data).tools).forEach((pattern, index) => {
        if (typeof pattern !== 'string' || !isValidToolPattern(pattern))
            return;
        const message = toolProblem(pattern, catalog);
        if (message !== undefined)
            problems.push({ path: ['tools', index], message });
    });
    const servers = [...catalog.serverNames()].sort();
    list(fields(data).mcp).forEach((entry, index) => {
        const server = fields(entry).server;
        if (typeof server !== 'string' || !NAME_PATTERN.test(server) || servers.includes(server))
            return;
        problems.push({
            path: ['mcp', index, 'server'],
            message: `unknown MCP server "${server}"${didYouMean(server, servers)}; ${listing('servers', servers)}`,
        });
    });
    return problems;
}
//# sourceMappingURL=references.js.map