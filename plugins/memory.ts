// MCP binding `memory`: the knowledge-graph server from @modelcontextprotocol/server-memory, run over
// stdio from node_modules with its file in the agent's data folder (`<data folder of its scope>/memory/
// memory.jsonl`): each room remembers on its own unless the definition's `data_scope` shares it.
import { DATA_DIR, definePlugin, packageBin } from '../src/registry/plugin.js';

export default definePlugin({
  name: 'memory',
  description: 'A knowledge graph that outlives the call',
  mcp: [
    {
      name: 'memory',
      command: process.execPath,
      args: [packageBin('@modelcontextprotocol/server-memory', import.meta.url)],
      env: { MEMORY_FILE_PATH: `${DATA_DIR}/memory/memory.jsonl` },
      cwd: `${DATA_DIR}/memory`,
    },
  ],
});
