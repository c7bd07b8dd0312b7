// The registry: every plugin tool under its dotted name and every MCP server binding under its global
// name, with the file each came from. Built once from the loaded plugins; duplicates are errors naming
// both places. Lookups only: running tools and servers belongs to src/tools/.
import { FrameworkError } from '../errors.js';
import { functionTool, parametersSchema } from './function-tool.js';
import { matchesPattern, qualifiedName, toWireName } from './names.js';
/** "plugins/notes.ts (tools[0])" */
function placeOf(tool) {
    return `${tool.source} (tools[${tool.index}])`;
}
function duplicate(what, first, second) {
    return new FrameworkError('PLUGIN_INVALID', `${what} is defined twice: in ${first} and in ${second}`);
}
export class Registry {
    #tools = new Map();
    #bindings = new Map();
    constructor(loaded) {
        const plugins = new Map();
        for (const { plugin, source } of loaded) {
            const earlier = plugins.get(plugin.name);
            if (earlier !== undefined)
                throw duplicate(`Plugin "${plugin.name}"`, earlier, source);
            plugins.set(plugin.name, source);
            for (const [index, spec] of (plugin.tools ?? []).entries())
                this.#addTool(plugin.name, spec, source, index);
            for (const binding of plugin.mcp ?? [])
                this.#addBinding(binding, source);
        }
        for (const binding of this.#bindings.values()) {
            const clash = [...this.#tools.values()].find((tool) => tool.plugin === binding.name);
            if (clash)
                throw duplicate(`Namespace "${binding.name}" (MCP server and plugin tools)`, placeOf(clash), binding.source);
        }
    }
    #addTool(plugin, spec, source, index) {
        const name = qualifiedName(plugin, spec.name);
        const wireName = toWireName(name);
        if (wireName === undefined) {
            throw new FrameworkError('PLUGIN_INVALID', `${placeOf({ source, index })}: tool name ${name} is longer than the 64 characters the model allows`);
        }
        const earlier = this.#tools.get(name);
        if (earlier)
            throw duplicate(`Tool "${name}"`, placeOf(earlier), placeOf({ source, index }));
        this.#tools.set(name, { name, wireName, plugin, source, index, spec });
    }
    #addBinding(binding, source) {
        const earlier = this.#bindings.get(binding.name);
        if (earlier)
            throw duplicate(`MCP server "${binding.name}"`, earlier.source, source);
        this.#bindings.set(binding.name, { name: binding.name, source, binding });
    }
    /** Every plugin tool's dotted name, sorted. */
    toolNames() {
        return [...this.#tools.keys()].sort();
    }
    /** Every MCP server binding's name, sorted. */
    serverNames() {
        return [...this.#bindings.keys()].sort();
    }
    /** The tool names a pattern selects (`notes.*`, `*.read`, `room.participants`); empty when none. */
    matchTools(pattern) {
        return this.toolNames().filter((name) => matchesPattern(pattern, name));
    }
    tool(name) {
        return this.#tools.get(name);
    }
    server(name) {
        return this.#bindings.get(name);
    }
    /** The realtime `session.update` definition of a plugin tool. */
    functionTool(name) {
        const tool = this.#tools.get(name);
        if (!tool)
            throw new FrameworkError('TOOL_UNKNOWN', `No plugin defines the tool ${name}`);
        return functionTool(tool.wireName, tool.spec.description, parametersSchema(tool.spec.parameters));
    }
}
//# sourceMappingURL=registry.js.map