// Scenario: the memory agent (MCP memory server) runs in two rooms. In "design-review" Alice's turn
// makes the model store an entity; then in "sales-sync" Bob's turn makes it search for that entity and
// read the whole graph: nothing is found, because each room's memory file is its own, and the entity is
// in design-review's file, so the store worked. With `data_scope: agent` two rooms of the same agent do
// share one memory.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningEngine, startEngine } from '../../src/engine/index.js';
import type { VoiceParticipant } from '../../src/room/voice-participant.js';
import { tempFolder } from '../definition/cli-run.js';
import { speechWav } from '../fixtures/speech.js';
import { until } from '../harness/agent-view.js';
import { definition, type RoomAgentStack, startRoomAgentStack } from '../harness/room-agent.js';
import { type PlannedCall, recordingEcho } from '../reliability/fixtures.js';
import { quietLogs } from '../tools/quiet-logs.js';

quietLogs();

const STORE: PlannedCall = {
  name: 'memory__create_entities',
  arguments: {
    entities: [{ name: 'Project Falcon', entityType: 'project', observations: ['launches on Friday'] }],
  },
};
const SEARCH: PlannedCall = { name: 'memory__search_nodes', arguments: { query: 'Falcon' } };
const READ_ALL: PlannedCall = { name: 'memory__read_graph', arguments: {} };

async function turn(person: VoiceParticipant): Promise<void> {
  const spokeUntil = await person.speak(speechWav('question'));
  await person.untilAgentDone({ sinceMs: spokeUntil, quietMs: 2_000, giveUpMs: 40_000, timeoutMs: 90_000 });
}

describe('plugin data kept per room', { timeout: 240_000 }, () => {
  let stack: RoomAgentStack;
  let dataDir: string;
  const engines: RunningEngine[] = [];

  beforeAll(async () => {
    stack = await startRoomAgentStack();
    dataDir = await tempFolder({});
  });
  afterAll(async () => {
    for (const engine of engines) await engine.close();
    await stack?.close();
  });

  /** The memory agent in `room`, whose model makes `calls[n]` on the n-th turn; returns what the tools gave it. */
  async function memoryAgent(room: string, person: string, calls: PlannedCall[], scope = 'room') {
    const behaviour = recordingEcho((userTurn) => calls[userTurn - 1]);
    const engine = await startEngine({ behaviour });
    engines.push(engine);
    const loaded = definition(
      [
        'name: rememberer',
        'model: { provider: local }',
        `data_scope: ${scope}`,
        'mcp:',
        '  - server: memory',
        '    allowed_tools: [create_entities, search_nodes, read_graph]',
      ].join('\n'),
    );
    const participant = await stack.join(room, person);
    const inRoom = await stack.start(room, loaded, engine, { dataDir });
    await until(() => inRoom.agent.state === 'listening', `the agent in ${room} to be ready`);
    for (const _ of calls) await turn(participant);
    await participant.leave();
    await inRoom.stop();
    return behaviour.record.toolOutputs;
  }

  it('what one room stores is not found from another', async () => {
    const designRoom = await memoryAgent('design-review', 'alice', [STORE]);
    const salesRoom = await memoryAgent('sales-sync', 'bob', [SEARCH, READ_ALL]);
    const designFile = await readFile(
      join(dataDir, 'rooms', 'design-review', 'memory', 'memory.jsonl'),
      'utf8',
    );

    console.info(
      `isolation: design-review stored -> ${designRoom[0]?.replace(/\s+/g, ' ').slice(0, 60)}; sales-sync search -> ${salesRoom[0]?.replace(/\s+/g, ' ')}, read_graph -> ${salesRoom[1]?.replace(/\s+/g, ' ')}; design-review's memory file holds it: ${designFile.includes('launches on Friday')}`,
    );
    expect(designRoom[0]).toContain('Project Falcon');
    expect(salesRoom).toHaveLength(2);
    for (const output of salesRoom) expect(output).not.toContain('Falcon');
    expect(designFile).toContain('launches on Friday');
    expect((await readdir(join(dataDir, 'rooms'))).sort()).toEqual(['design-review', 'sales-sync']);
  });

  it('the agent scope shares one memory between rooms on purpose', async () => {
    await memoryAgent('north', 'dan', [STORE], 'agent');
    const south = await memoryAgent('south', 'erin', [SEARCH], 'agent');
    expect(south[0]).toContain('Project Falcon');
    expect(await readdir(join(dataDir, 'agents', 'rememberer', 'memory'))).toEqual(['memory.jsonl']);
  });
});
