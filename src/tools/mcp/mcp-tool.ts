// Turns an MCP server's tool into a CallableTool (namespaced by the binding: `memory.search_nodes`) and
// its result into text the model reads; a result with `isError` stays a model-visible error.
import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import type { CallToolResult, Tool } from '@modelcontextprotocol/sdk/types.js';
import { functionTool } from '../../registry/function-tool.js';
import { qualifiedName, toWireName } from '../../registry/names.js';
import type { CallableTool, ToolOutput } from '../callable.js';

/** Bounds a reply that never comes; the executor's own timeout normally ends the call much earlier. */
const REQUEST_CEILING_MS = 600_000;

type Content = CallToolResult['content'][number];

function contentText(part: Content): string {
  switch (part.type) {
    case 'text':
      return part.text;
    case 'image':
    case 'audio':
      return `[${part.type} ${part.mimeType}, ${Math.round((part.data.length * 3) / 4)} bytes]`;
    case 'resource':
      return 'text' in part.resource ? part.resource.text : `[resource ${part.resource.uri}]`;
    case 'resource_link':
      return `[resource ${part.uri}${part.name ? ` "${part.name}"` : ''}]`;
    default:
      return '';
  }
}

export function resultOutput(result: CallToolResult): ToolOutput {
  const parts = result.content.map(contentText).filter((text) => text.length > 0);
  if (parts.length === 0 && result.structuredContent !== undefined)
    parts.push(JSON.stringify(result.structuredContent));
  return { text: parts.length > 0 ? parts.join('\n') : 'Done.', isError: result.isError === true };
}

/** The live side of a server, as its tools need it. */
export interface McpSession {
  /** The client to call through; throws MCP_UNAVAILABLE saying why there is none right now. */
  client(): Client;
  /** Hears about a failed call, so a server that can no longer be reached gets reconnected. */
  failed(error: unknown): void;
}

/** A CallableTool for `tool` on server `server`; undefined when its name cannot go on the wire. */
export function mcpTool(server: string, tool: Tool, session: McpSession): CallableTool | undefined {
  const name = qualifiedName(server, tool.name);
  const wireName = toWireName(name);
  if (wireName === undefined) return undefined;
  return {
    name,
    wireName,
    definition: functionTool(wireName, tool.description ?? tool.title ?? tool.name, tool.inputSchema),
    async: false,
    timeoutMs: undefined,
    restricted: false,
    async invoke(args, ctx) {
      try {
        const result = await session.client().callTool({ name: tool.name, arguments: args }, undefined, {
          signal: ctx.signal,
          timeout: REQUEST_CEILING_MS,
        });
        return resultOutput(result as CallToolResult);
      } catch (error) {
        session.failed(error);
        session.client(); // when the server went away mid-call, say that rather than "Connection closed"
        throw error;
      }
    },
  };
}
