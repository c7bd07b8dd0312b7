// The tools of one agent session: the plugin tools a definition selects (names or `notes.*` patterns)
// plus the tools of its MCP servers, started for the session and closed with it. It answers the
// executor's lookups and emits `changed` with the new realtime definitions when an MCP list changes.
import { EventEmitter } from 'node:events';
import { FrameworkError } from '../errors.js';
import type { FunctionTool } from '../registry/function-tool.js';
import type { Registry } from '../registry/registry.js';
import { type Logger, log } from '../telemetry/log.js';
import type { CallableTool } from './callable.js';
import type { ToolLookup } from './executor.js';
import { McpConnection, type McpConnectionOptions } from './mcp/connection.js';
import { pluginTool } from './plugin-tool.js';

export interface ToolSelection {
  /** Plugin tool names or patterns (`room.participants`, `notes.*`). */
  tools?: string[];
  /** MCP servers by binding name, each optionally limited to some of its tools. */
  mcp?: { server: string; allowed_tools?: string[] }[];
}

interface ToolsetEvents {
  /** The tool list changed; send these definitions in a `session.update`. */
  changed: [FunctionTool[]];
}

export class Toolset extends EventEmitter<ToolsetEvents> implements ToolLookup {
  readonly #plugins: CallableTool[];
  readonly #servers: McpConnection[];

  private constructor(plugins: CallableTool[], servers: McpConnection[]) {
    super();
    this.#plugins = plugins;
    this.#servers = servers;
    for (const server of servers) server.on('tools', () => this.emit('changed', this.definitions()));
  }

  /**
   * Resolves the selection against the registry and starts its MCP servers. A server that fails to
   * start is logged and keeps retrying; its tools appear (and `changed` fires) once it is up.
   */
  static async open(
    registry: Registry,
    selection: ToolSelection,
    options: { logger?: Logger; mcp?: Pick<McpConnectionOptions, 'backoff' | 'connectTimeoutMs'> } = {},
  ): Promise<Toolset> {
    const logger = options.logger ?? log();
    const names = new Set<string>();
    for (const pattern of selection.tools ?? []) {
      const matched = registry.matchTools(pattern);
      if (matched.length === 0)
        throw new FrameworkError('TOOL_UNKNOWN', `No plugin tool matches "${pattern}"`);
      for (const name of matched) names.add(name);
    }
    const plugins = [...names].map((name) => pluginTool(registry.tool(name)!));
    const servers = (selection.mcp ?? []).map(({ server, allowed_tools }) => {
      const registered = registry.server(server);
      if (!registered) {
        const known = registry.serverNames().join(', ') || 'none';
        throw new FrameworkError(
          'TOOL_UNKNOWN',
          `No plugin binds an MCP server named "${server}" (known: ${known})`,
        );
      }
      return new McpConnection(registered.binding, { ...options.mcp, allowedTools: allowed_tools, logger });
    });
    const toolset = new Toolset(plugins, servers);
    await Promise.all(
      servers.map((server) =>
        server
          .start()
          .catch((error: unknown) =>
            logger.warn({ err: error, server: server.name }, 'MCP server not started'),
          ),
      ),
    );
    return toolset;
  }

  tools(): CallableTool[] {
    return [...this.#plugins, ...this.#servers.flatMap((server) => server.tools())];
  }

  /** The realtime `session.update` tool definitions. */
  definitions(): FunctionTool[] {
    return this.tools().map((tool) => tool.definition);
  }

  byWireName(wireName: string): CallableTool | undefined {
    return this.tools().find((tool) => tool.wireName === wireName);
  }

  server(name: string): McpConnection | undefined {
    return this.#servers.find((server) => server.name === name);
  }

  /** Closes every MCP server of the session. */
  async close(): Promise<void> {
    await Promise.all(this.#servers.map((server) => server.close()));
  }
}
