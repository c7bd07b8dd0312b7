// The tools of one agent session: the plugin tools a definition selects (names or `notes.*` patterns)
// plus the tools of its MCP servers, started for the session and closed with it. It answers the
// executor's lookups and emits `changed` with the new realtime definitions when an MCP list changes.
import { EventEmitter } from 'node:events';
import { FrameworkError } from '../errors.js';
import { log } from '../telemetry/log.js';
import { McpConnection } from './mcp/connection.js';
import { pluginTool } from './plugin-tool.js';
export class Toolset extends EventEmitter {
    #plugins;
    #servers;
    #logger;
    /** Resolves the selection against the registry; throws TOOL_UNKNOWN for a name that matches nothing. */
    constructor(registry, selection, options = {}) {
        super();
        this.#logger = options.logger ?? log();
        const names = new Set();
        for (const pattern of selection.tools ?? []) {
            const matched = registry.matchTools(pattern);
            if (matched.length === 0)
                throw new FrameworkError('TOOL_UNKNOWN', `No plugin tool matches "${pattern}"`);
            for (const name of matched)
                names.add(name);
        }
        this.#plugins = [...names].map((name) => pluginTool(registry.tool(name)));
        this.#servers = (selection.mcp ?? []).map(({ server, allowed_tools }) => {
            const registered = registry.server(server);
            if (!registered) {
                const known = registry.serverNames().join(', ') || 'none';
                throw new FrameworkError('TOOL_UNKNOWN', `No plugin binds an MCP server named "${server}" (known: ${known})`);
            }
            return new McpConnection(registered.binding, {
                ...options.mcp,
                allowedTools: allowed_tools,
                logger: this.#logger,
            });
        });
        for (const server of this.#servers)
            server.on('tools', () => this.emit('changed', this.definitions()));
    }
    /**
     * Starts the MCP servers. One that fails to start is logged and keeps retrying; its tools appear
     * (and `changed` fires) once it is up.
     */
    async start() {
        await Promise.all(this.#servers.map((server) => server
            .start()
            .catch((error) => this.#logger.warn({ err: error, server: server.name }, 'MCP server not started'))));
    }
    tools() {
        return [...this.#plugins, ...this.#servers.flatMap((server) => server.tools())];
    }
    /** The realtime `session.update` tool definitions. */
    definitions() {
        return this.tools().map((tool) => tool.definition);
    }
    byWireName(wireName) {
        return this.tools().find((tool) => tool.wireName === wireName);
    }
    server(name) {
        return this.#servers.find((server) => server.name === name);
    }
    /** Closes every MCP server of the session and ends their processes. */
    async close() {
        await Promise.all(this.#servers.map((server) => server.close()));
    }
}
//# sourceMappingURL=toolset.js.map