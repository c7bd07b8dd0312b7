export type { CallableTool, ToolOutput } from './callable.js';
export type { ParticipantInfo, ToolAgent, ToolContext, ToolRoom } from './context.js';
export { type AbortReason, type PendingCall, type ToolCall, type ToolCallStatus, ToolExecutor, type ToolExecutorOptions, type ToolLookup, type ToolResult, } from './executor.js';
export { McpConnection, type McpConnectionOptions, type McpConnectionState } from './mcp/connection.js';
export { type ToolSelection, Toolset, type ToolsetOptions } from './toolset.js';
