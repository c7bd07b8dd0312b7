// MCP binding `everything`: the protocol reference server from @modelcontextprotocol/server-everything
// over stdio (echo, sums, long-running operations), useful to try MCP without any service.
import { definePlugin, packageBin } from '../src/registry/plugin.js';

export default definePlugin({
  name: 'everything',
  description: 'The MCP reference server',
  mcp: [
    {
      name: 'everything',
      command: process.execPath,
      args: [packageBin('@modelcontextprotocol/server-everything', import.meta.url), 'stdio'],
    },
  ],
});
