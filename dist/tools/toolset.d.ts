import { EventEmitter } from 'node:events';
import type { FunctionTool } from '../registry/function-tool.js';
import type { Registry } from '../registry/registry.js';
import { type Logger } from '../telemetry/log.js';
import type { CallableTool } from './callable.js';
import type { ToolLookup } from './executor.js';
import { McpConnection, type McpConnectionOptions } from './mcp/connection.js';
export interface ToolSelection {
    /** Plugin tool names or patterns (`room.participants`, `notes.*`). */
    tools?: string[];
    /** MCP servers by binding name, each optionally limited to some of its tools. */
    mcp?: {
        server: string;
        allowed_tools?: string[];
    }[];
}
interface ToolsetEvents {
    /** The tool list changed; send these definitions in a `session.update`. */
    changed: [FunctionTool[]];
}
export interface ToolsetOptions {
    logger?: Logger;
    mcp?: Pick<McpConnectionOptions, 'backoff' | 'connectTimeoutMs'>;
}
export declare class Toolset extends EventEmitter<ToolsetEvents> implements ToolLookup {
    #private;
    /** Resolves the selection against the registry; throws TOOL_UNKNOWN for a name that matches nothing. */
    constructor(registry: Registry, selection: ToolSelection, options?: ToolsetOptions);
    /**
     * Starts the MCP servers. One that fails to start is logged and keeps retrying; its tools appear
     * (and `changed` fires) once it is up.
     */
    start(): Promise<void>;
    tools(): CallableTool[];
    /** The realtime `session.update` tool definitions. */
    definitions(): FunctionTool[];
    byWireName(wireName: string): CallableTool | undefined;
    server(name: string): McpConnection | undefined;
    /** Closes every MCP server of the session and ends their processes. */
    close(): Promise<void>;
}
export {};
