import { EventEmitter } from 'node:events';
import type { McpBinding } from '../../registry/plugin.js';
import { type Logger } from '../../telemetry/log.js';
import type { CallableTool } from '../callable.js';
export interface McpConnectionOptions {
    /** Only these server tools are exposed (names as the server gives them); all when omitted. */
    allowedTools?: string[];
    logger?: Logger;
    /** Delay before restart attempt n is `initialMs * 2^(n-1)`, at most `maxMs`. */
    backoff?: {
        initialMs: number;
        maxMs: number;
    };
    /** How long the first handshake may take. Default 15 s. */
    connectTimeoutMs?: number;
}
export type McpConnectionState = 'idle' | 'ready' | 'restarting' | 'closed';
interface McpConnectionEvents {
    /** The server announced a new tool list (`notifications/tools/list_changed`), or a restart found other tools. */
    tools: [CallableTool[]];
    /** The server went away; a restart is scheduled. */
    down: [reason: string];
    /** Connected: first start or a restart. */
    up: [];
}
export declare class McpConnection extends EventEmitter<McpConnectionEvents> {
    #private;
    readonly binding: McpBinding;
    constructor(binding: McpBinding, options?: McpConnectionOptions);
    get name(): string;
    get state(): McpConnectionState;
    /** The stdio child's process id while it runs. */
    get pid(): number | undefined;
    tools(): CallableTool[];
    /** Connects. If that fails it throws, and keeps retrying with backoff until `close()`. */
    start(): Promise<void>;
    /** Stops restarts and closes the connection; a stdio server's process is ended. */
    close(): Promise<void>;
}
export {};
