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

export interface ToolsetOptions {
  logger?: Logger;
  mcp?: Pick<McpConnectionOptions, 'backoff' | 'connectTimeoutMs'>;
  /** The agent's data folder, for the MCP servers' `${data}` (default: the framework's data folder). */
  dataDir?: string;
}

export class Toolset extends EventEmitter<ToolsetEvents> implements ToolLookup {
  readonly #plugins: CallableTool[];
  readonly #servers: McpConnection[];
  readonly #logger: Logger;

  /** Resolves the selection against the registry; throws TOOL_UNKNOWN for a name that matches nothing. */
  constructor(registry: Registry, selection: ToolSelection, options: ToolsetOptions = {}) {
    super();
    this.#logger = options.logger ?? log();
    const names = new Set<string>();
    for (const pattern of selection.tools ?? []) {
      const matched = registry.matchTools(pattern);
      if (matched.length === 0)
        throw new FrameworkError('TOOL_UNKNOWN', `No plugin tool matches "${pattern}"`);
      for (const name of matched) names.add(name);
    }
    this.#plugins = [...names].map((name) => pluginTool(registry.tool(name)!));
    this.#servers = (selection.mcp ?? []).map(({ server, allowed_tools }) => {
      const registered = registry.server(server);
      if (!registered) {
        const known = registry.serverNames().join(', ') || 'none';
        throw new FrameworkError(
          'TOOL_UNKNOWN',
          `No plugin binds an MCP server named "${server}" (known: ${known})`,
        );
      }
      return new McpConnection(registered.binding, {
        ...options.mcp,
        dataDir: options.dataDir,
        allowedTools: allowed_tools,
        logger: this.#logger,
      });
    });
    for (const server of this.#servers) server.on('tools', () => this.emit('changed', this.definitions()));
  }

  /**
   * Starts the MCP servers. One that fails to start is logged and keeps retrying; its tools appear
   * (and `changed` fires) once it is up.
   */
  async start(): Promise<void> {
    await Promise.all(
      this.#servers.map((server) =>
        server
          .start()
          .catch((error: unknown) =>
            this.#logger.warn({ err: error, server: server.name }, 'MCP server not started'),
          ),
      ),
    );
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

  /** Closes every MCP server of the session and ends their processes. */
  async close(): Promise<void> {
    await Promise.all(this.#servers.map((server) => server.close()));
  }
}
