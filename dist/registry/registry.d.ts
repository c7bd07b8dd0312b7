import type { LoadedPlugin } from './discover.js';
import { type FunctionTool } from './function-tool.js';
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
export interface RegisteredBinding {
    name: string;
    source: string;
    binding: McpBinding;
}
export declare class Registry {
    #private;
    constructor(loaded: readonly LoadedPlugin[]);
    /** Every plugin tool's dotted name, sorted. */
    toolNames(): string[];
    /** Every MCP server binding's name, sorted. */
    serverNames(): string[];
    /** The tool names a pattern selects (`notes.*`, `*.read`, `room.participants`); empty when none. */
    matchTools(pattern: string): string[];
    tool(name: string): RegisteredTool | undefined;
    server(name: string): RegisteredBinding | undefined;
    /** The realtime `session.update` definition of a plugin tool. */
    functionTool(name: string): FunctionTool;
}
