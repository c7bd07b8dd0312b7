import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import type { CallToolResult, Tool } from '@modelcontextprotocol/sdk/types.js';
import type { CallableTool, ToolOutput } from '../callable.js';
export declare function resultOutput(result: CallToolResult): ToolOutput;
/** The live side of a server, as its tools need it. */
export interface McpSession {
    /** The client to call through; throws MCP_UNAVAILABLE saying why there is none right now. */
    client(): Client;
    /** Hears about a failed call, so a server that can no longer be reached gets reconnected. */
    failed(error: unknown): void;
}
/** A CallableTool for `tool` on server `server`; undefined when its name cannot go on the wire. */
export declare function mcpTool(server: string, tool: Tool, session: McpSession): CallableTool | undefined;
