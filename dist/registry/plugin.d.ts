import type { z } from 'zod';
import type { ToolContext } from '../tools/context.js';
export interface ToolSpec<S extends z.ZodObject = z.ZodObject> {
    /** The tool's own name; the registry prefixes the plugin's (`add` in plugin `notes` is `notes.add`). */
    name: string;
    /** Tells the model what the tool does and when to call it. */
    description: string;
    parameters: S;
    /** Overrides the definition's `limits.tool_timeout` for this tool. */
    timeoutMs?: number;
    /** When true the model keeps talking while the tool runs; its result is delivered when it lands. */
    async?: boolean;
    /** Returns text for the model, or a value that is sent as JSON. Throwing sends the error's message. */
    execute(args: z.infer<S>, ctx: ToolContext): unknown;
}
/** A server reached by spawning a process that speaks MCP on stdin/stdout. */
export interface StdioBinding {
    name: string;
    description?: string;
    command: string;
    args?: string[];
    /** Values may reference the environment as `${env:NAME}`; resolved when the server starts. */
    env?: Record<string, string>;
    cwd?: string;
}
/** A server reached over MCP Streamable HTTP. */
export interface HttpBinding {
    name: string;
    description?: string;
    /** May reference the environment as `${env:NAME}`. */
    url: string;
    /** Values may reference the environment as `${env:NAME}` (secrets belong there, not in the file). */
    headers?: Record<string, string>;
}
export type McpBinding = StdioBinding | HttpBinding;
export interface PluginSpec {
    /** The namespace of the plugin's tools. */
    name: string;
    description?: string;
    tools?: ToolSpec[];
    /** MCP server bindings; each gets its own global name (`memory`), used by definitions' `mcp:` list. */
    mcp?: McpBinding[];
}
export declare function defineTool<S extends z.ZodObject>(spec: ToolSpec<S>): ToolSpec<S>;
export declare function definePlugin(spec: PluginSpec): PluginSpec;
export declare function isStdioBinding(binding: McpBinding): binding is StdioBinding;
/**
 * The absolute path of an installed package's executable (`bin`), resolved from `fromUrl` (a plugin
 * passes `import.meta.url`), to run with `process.execPath`.
 */
export declare function packageBin(packageName: string, fromUrl: string): string;
/** The framework's data folder (notes, the memory server's file): `ROOMVOICE_DATA_DIR`, else `./.data`. */
export declare function dataDir(): string;
