export { ToolExecutor, } from './executor.js';
export { McpConnection } from './mcp/connection.js';
export { Toolset } from './toolset.js';
//# sourceMappingURL=index.js.map