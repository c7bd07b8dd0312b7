// Bench: tool call overhead in this project's agent, from the model's arguments being done to the call's
// output being sent back, for a local plugin tool (clock.now) and an MCP stdio tool (the everything
// server's echo, plugins/everything.ts), timed on the wire by a tap between the agent and an engine whose
// script answers each talker turn with one call, alternating, then speaks.
import { fileURLToPath } from 'node:url';
import { scriptBehaviour, startEngine } from '../engine/index.js';
import { closeAgentRoom, openAgentRoom } from './bench-room.js';
import { startHostFleet } from './fleets.js';
import { rounded, summarize } from './stats.js';
import { startWireTap } from './wire-tap.js';
const LOCAL_TOOL = 'clock__now';
const MCP_TOOL = 'everything__echo';
const REPLY_WAV = fileURLToPath(new URL('../../test/fixtures/speech/short-24k.wav', import.meta.url));
const WARMUP_TURNS = 2;
function figures(samples) {
    const summary = summarize(samples);
    return {
        p50_ms: rounded(summary.p50, 2),
        p95_ms: rounded(summary.p95, 2),
        n: summary.n,
        missed: summary.missing,
    };
}
export function toolCallBench(callsPerTool) {
    return {
        name: 'tools',
        description: 'tool call overhead (arguments done -> output sent): local tool and MCP stdio tool',
        async run(context) {
            const lab = await context.lab();
            const engine = await startEngine({
                behaviour: scriptBehaviour({
                    turns: [
                        { call: LOCAL_TOOL },
                        { wav: REPLY_WAV },
                        { call: MCP_TOOL, arguments: { message: 'bench' } },
                        { wav: REPLY_WAV },
                    ],
                    after_last: 'repeat',
                }),
                log: context.logger,
            });
            const tap = await startWireTap(engine.url);
            const fleet = await startHostFleet('project', tap.url, {
                livekit: lab.livekit,
                logger: context.logger,
            });
            try {
                const room = await openAgentRoom(lab.livekit, fleet, 'tools', { role: 'tools' });
                try {
                    for (let turn = 0; turn < 2 * (callsPerTool + WARMUP_TURNS); turn++)
                        await room.turn(lab.clip);
                }
                finally {
                    await closeAgentRoom(fleet, room);
                }
            }
            finally {
                await fleet.close();
                await tap.close();
                await engine.close();
            }
            const overhead = (name) => [...tap.calls.values()]
                .filter((call) => call.name === name)
                .slice(WARMUP_TURNS)
                .map((call) => (call.outputSentAt ?? Number.NaN) - call.argumentsDoneAt);
            const local = figures(overhead(LOCAL_TOOL));
            const mcp = figures(overhead(MCP_TOOL));
            const rows = [
                ['local tool (clock.now)', local],
                ['MCP stdio tool (everything echo)', mcp],
            ].map(([what, row]) => ({
                suite: this.name,
                metric: `${what}: arguments done -> output sent`,
                unit: 'ms',
                p50: row.p50_ms ?? Number.NaN,
                p95: row.p95_ms ?? Number.NaN,
                samples: row.n,
            }));
            return { rows, sections: { tools: { local, mcp_stdio: mcp } } };
        },
    };
}
//# sourceMappingURL=tool-calls.js.map