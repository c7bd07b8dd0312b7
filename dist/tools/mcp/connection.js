// One live MCP server for a session: connects through the binding's transport, keeps the tool list
// (filtered by allowed_tools, refreshed on `notifications/tools/list_changed`), restarts a stdio server
// that exited or reconnects an HTTP one that cannot be reached, with backoff; close ends the child.
import { EventEmitter } from 'node:events';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { StreamableHTTPClientTransport, StreamableHTTPError, } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { FrameworkError } from '../../errors.js';
import { log } from '../../telemetry/log.js';
import { mcpTool } from './mcp-tool.js';
import { openTransport } from './transport.js';
const CLIENT_INFO = { name: 'roomvoice', version: '0.1.0' };
/** An HTTP server that is gone (connection refused) or has forgotten our session (404 after a restart). */
function isUnreachable(error) {
    if (error instanceof StreamableHTTPError)
        return error.code === 404;
    return error instanceof TypeError && error.message === 'fetch failed';
}
export class McpConnection extends EventEmitter {
    binding;
    #options;
    #logger;
    #session = {
        client: () => this.#readyClient(),
        failed: (error) => {
            if (this.#state === 'ready' &&
                this.#transport instanceof StreamableHTTPClientTransport &&
                isUnreachable(error)) {
                this.#goDown(`it cannot be reached (${error.message})`);
            }
        },
    };
    #client;
    #transport;
    #tools = [];
    #state = 'idle';
    #attempt = 0;
    #downReason = 'it has not started';
    #restartTimer;
    constructor(binding, options = {}) {
        super();
        this.binding = binding;
        this.#options = options;
        this.#logger = (options.logger ?? log()).child({ component: 'mcp', server: binding.name });
    }
    get name() {
        return this.binding.name;
    }
    get state() {
        return this.#state;
    }
    /** The stdio child's process id while it runs. */
    get pid() {
        return this.#transport instanceof StdioClientTransport ? (this.#transport.pid ?? undefined) : undefined;
    }
    tools() {
        return this.#tools;
    }
    /** Connects. If that fails it throws, and keeps retrying with backoff until `close()`. */
    async start() {
        try {
            await this.#connect();
        }
        catch (error) {
            this.#goDown(`it could not start (${error.message})`);
            throw new FrameworkError('MCP_UNAVAILABLE', `MCP server "${this.name}" could not start: ${error.message}`, {
                cause: error,
            });
        }
    }
    /** Stops restarts and closes the connection; a stdio server's process is ended. */
    async close() {
        this.#state = 'closed';
        this.#downReason = 'it was shut down with the session';
        clearTimeout(this.#restartTimer);
        const client = this.#client;
        const transport = this.#transport;
        this.#client = undefined;
        if (transport instanceof StreamableHTTPClientTransport) {
            await transport.terminateSession().catch(() => undefined);
        }
        await client?.close();
        this.#logger.info('closed');
    }
    async #connect() {
        const client = new Client(CLIENT_INFO, {
            capabilities: {},
            listChanged: {
                tools: {
                    debounceMs: 50,
                    onChanged: (error, tools) => {
                        if (client !== this.#client)
                            return;
                        if (error)
                            this.#logger.warn({ err: error }, 'could not refresh the tool list');
                        else
                            this.#setTools(tools ?? [], 'always');
                    },
                },
            },
        });
        const transport = openTransport(this.binding, this.#logger);
        client.onclose = () => {
            if (client === this.#client)
                this.#goDown('its connection closed (the server exited or crashed)');
        };
        try {
            await client.connect(transport, { timeout: this.#options.connectTimeoutMs ?? 15_000 });
            this.#client = client;
            this.#transport = transport;
            this.#setTools(await this.#listTools(client), this.#state === 'idle' ? 'never' : 'if-changed');
        }
        catch (error) {
            if (this.#client === client)
                this.#client = undefined;
            await client.close().catch(() => undefined);
            throw error;
        }
        if (this.#state === 'closed') {
            await this.close();
            return;
        }
        this.#state = 'ready';
        this.#attempt = 0;
        this.#logger.info({ pid: this.pid, tools: this.#tools.map((tool) => tool.name) }, 'connected');
        this.emit('up');
    }
    async #listTools(client) {
        const tools = [];
        let cursor;
        do {
            const page = await client.listTools(cursor === undefined ? undefined : { cursor });
            tools.push(...page.tools);
            cursor = page.nextCursor;
        } while (cursor !== undefined);
        return tools;
    }
    #setTools(tools, announce) {
        const allowed = this.#options.allowedTools;
        const exposed = [];
        for (const tool of tools) {
            if (allowed !== undefined && !allowed.includes(tool.name))
                continue;
            const callable = mcpTool(this.name, tool, this.#session);
            if (callable)
                exposed.push(callable);
            else
                this.#logger.warn({ tool: tool.name }, 'tool skipped: its name cannot be used as a realtime function name');
        }
        const missing = (allowed ?? []).filter((name) => !tools.some((tool) => tool.name === name));
        if (missing.length > 0)
            this.#logger.warn({ missing }, 'allowed_tools names tools the server does not offer');
        const before = JSON.stringify(this.#tools.map((tool) => tool.definition));
        this.#tools = exposed;
        const changed = JSON.stringify(exposed.map((tool) => tool.definition)) !== before;
        if (announce === 'always' || (announce === 'if-changed' && changed))
            this.emit('tools', exposed);
    }
    #readyClient() {
        if (this.#state === 'ready' && this.#client)
            return this.#client;
        const next = this.#state === 'restarting' ? '; it is being restarted, try again in a moment' : '';
        throw new FrameworkError('MCP_UNAVAILABLE', `MCP server "${this.name}" is not available: ${this.#downReason}${next}`);
    }
    #goDown(reason) {
        if (this.#state === 'closed')
            return;
        this.#state = 'restarting';
        const gone = this.#client;
        this.#client = undefined;
        gone?.close().catch(() => undefined);
        this.#downReason = reason;
        this.#attempt += 1;
        const { initialMs, maxMs } = this.#options.backoff ?? { initialMs: 250, maxMs: 10_000 };
        const delayMs = Math.min(initialMs * 2 ** (this.#attempt - 1), maxMs);
        this.#logger.warn({ reason, attempt: this.#attempt, delayMs }, 'server down, restarting');
        this.emit('down', reason);
        clearTimeout(this.#restartTimer);
        this.#restartTimer = setTimeout(() => {
            this.#connect().catch((error) => this.#goDown(`it could not restart (${error.message})`));
        }, delayMs);
    }
}
//# sourceMappingURL=connection.js.map