// MCP binding `memory`: the knowledge-graph server from @modelcontextprotocol/server-memory, run over
// stdio from node_modules with its file under the data folder (`<data>/memory/memory.jsonl`).
import { join } from 'node:path';
import { dataDir, definePlugin, packageBin } from '../src/registry/plugin.js';

const folder = join(dataDir(), 'memory');

export default definePlugin({
  name: 'memory',
  description: 'A knowledge graph that outlives the call',
  mcp: [
    {
      name: 'memory',
      command: process.execPath,
      args: [packageBin('@modelcontextprotocol/server-memory', import.meta.url)],
      env: { MEMORY_FILE_PATH: join(folder, 'memory.jsonl') },
      cwd: folder,
    },
  ],
});
