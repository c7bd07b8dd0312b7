import type { Transport } from '@modelcontextprotocol/sdk/shared/transport.js';
import { type McpBinding } from '../../registry/plugin.js';
import type { Logger } from '../../telemetry/log.js';
export declare function openTransport(binding: McpBinding, logger: Logger): Transport;
