// The registry: every plugin tool under its dotted name and every MCP server binding under its global
// name, with the file each came from. Built once from the loaded plugins; duplicates are errors naming
// both places. Lookups only: running tools and servers belongs to src/tools/.
import { FrameworkError } from '../errors.js';
import type { LoadedPlugin } from './discover.js';
import { type FunctionTool, functionTool, parametersSchema } from './function-tool.js';
import { matchesPattern, qualifiedName, toWireName } from './names.js';
import type { McpBinding, ToolSpec } from './plugin.js';

export interface RegisteredTool {
  /** `notes.add` */
  name: string;
  /** `notes__add`, the name the model sees */
  wireName: string;
  plugin: string;
  /** The plugin file (or package) that defines it. */
  source: string;
  /** Its position in the plugin's `tools` array. */
  index: number;
  spec: ToolSpec;
}

/** "plugins/notes.ts (tools[0])" */
function placeOf(tool: Pick<RegisteredTool, 'source' | 'index'>): string {
  return `${tool.source} (tools[${tool.index}])`;
}

export interface RegisteredBinding {
  name: string;
  source: string;
  binding: McpBinding;
}

function duplicate(what: string, first: string, second: string): FrameworkError {
  return new FrameworkError('PLUGIN_INVALID', `${what} is defined twice: in ${first} and in ${second}`);
}

export class Registry {
  readonly #tools = new Map<string, RegisteredTool>();
  readonly #bindings = new Map<string, RegisteredBinding>();

  constructor(loaded: readonly LoadedPlugin[]) {
    const plugins = new Map<string, string>();
    for (const { plugin, source } of loaded) {
      const earlier = plugins.get(plugin.name);
      if (earlier !== undefined) throw duplicate(`Plugin "${plugin.name}"`, earlier, source);
      plugins.set(plugin.name, source);
      for (const [index, spec] of (plugin.tools ?? []).entries())
        this.#addTool(plugin.name, spec, source, index);
      for (const binding of plugin.mcp ?? []) this.#addBinding(binding, source);
    }
    for (const binding of this.#bindings.values()) {
      const clash = [...this.#tools.values()].find((tool) => tool.plugin === binding.name);
      if (clash)
        throw duplicate(
          `Namespace "${binding.name}" (MCP server and plugin tools)`,
          placeOf(clash),
          binding.source,
        );
    }
  }

  #addTool(plugin: string, spec: ToolSpec, source: string, index: number): void {
    const name = qualifiedName(plugin, spec.name);
    const wireName = toWireName(name);
    if (wireName === undefined) {
      throw new FrameworkError(
        'PLUGIN_INVALID',
        `${placeOf({ source, index })}: tool name ${name} is longer than the 64 characters the model allows`,
      );
    }
    const earlier = this.#tools.get(name);
    if (earlier) throw duplicate(`Tool "${name}"`, placeOf(earlier), placeOf({ source, index }));
    this.#tools.set(name, { name, wireName, plugin, source, index, spec });
  }

  #addBinding(binding: McpBinding, source: string): void {
    const earlier = this.#bindings.get(binding.name);
    if (earlier) throw duplicate(`MCP server "${binding.name}"`, earlier.source, source);
    this.#bindings.set(binding.name, { name: binding.name, source, binding });
  }

  /** Every plugin tool's dotted name, sorted. */
  toolNames(): string[] {
    return [...this.#tools.keys()].sort();
  }

  /** Every MCP server binding's name, sorted. */
  serverNames(): string[] {
    return [...this.#bindings.keys()].sort();
  }

  /** The tool names a pattern selects (`notes.*`, `*.read`, `room.participants`); empty when none. */
  matchTools(pattern: string): string[] {
    return this.toolNames().filter((name) => matchesPattern(pattern, name));
  }

  tool(name: string): RegisteredTool | undefined {
    return this.#tools.get(name);
  }

  server(name: string): RegisteredBinding | undefined {
    return this.#bindings.get(name);
  }

  /** The realtime `session.update` definition of a plugin tool. */
  functionTool(name: string): FunctionTool {
    const tool = this.#tools.get(name);
    if (!tool) throw new FrameworkError('TOOL_UNKNOWN', `No plugin defines the tool ${name}`);
    return functionTool(tool.wireName, tool.spec.description, parametersSchema(tool.spec.parameters));
  }
}
