// Bench: the gap a person feels, from the end of their speech on the wire (known from the clip) to the
// first loud frame of the agent's answer heard by a second participant, with the engine answering at
// once. Three rows over one set of rooms in one run, turns alternating (the order rotates every turn) so
// the machine's noise falls on all of them: this project (runAgent), the floor (a bare rtc-node agent
// with no framework) and the peer (LiveKit's AgentSession with the OpenAI realtime plugin, run by
// LiveKit's worker). The engine's silence window is reported apart and subtracted. Also per row: how
// long after listeners saw `lk.agent.state` turn to speaking they heard the audio (a state that runs
// ahead of the audio is how a playout held up by state updates shows).

import { SILENCE_WINDOW_MS } from './bench-roles.js';
import { type BenchRoom, closeAgentRoom, openAgentRoom, type TurnTiming } from './bench-room.js';
import type { AgentFleet, FleetName } from './fleets.js';
import type { LatencyFigures } from './report.js';
import { rounded, summarize } from './stats.js';
import type { BenchRow, BenchSuite } from './suite.js';

type LatencyRow = Extract<FleetName, 'project' | 'floor' | 'peer'>;
const ROWS: readonly LatencyRow[] = ['project', 'floor', 'peer'];
/** Turns per row before the measured ones (one in a quick run). */
const WARMUP_TURNS = 2;
/** A turn this much slower than the row's median is a tail turn. */
const TAIL_MS = 1_000;

export function latencyFigures(turns: readonly TurnTiming[], floorP50?: number): LatencyFigures {
  const raw = turns.map((turn) => turn.heardAt - turn.speechEndAt);
  const latency = summarize(raw.map((ms) => ms - SILENCE_WINDOW_MS));
  const rawSummary = summarize(raw);
  const stateLead = summarize(
    turns.map((turn) => turn.heardAt - turn.speakingStateAt).filter((ms) => !Number.isNaN(ms)),
  );
  return {
    p50_ms: rounded(latency.p50),
    p95_ms: rounded(latency.p95),
    max_ms: rounded(latency.max),
    turns: latency.n,
    missed: latency.missing,
    tail_turns: raw.filter((ms) => ms - SILENCE_WINDOW_MS > latency.p50 + TAIL_MS).length,
    raw_p50_ms: rounded(rawSummary.p50),
    raw_p95_ms: rounded(rawSummary.p95),
    ratio_to_floor_p50: floorP50 === undefined ? null : rounded(latency.p50 / floorP50, 2),
    state_to_audio_p95_ms: stateLead.n === 0 ? null : rounded(stateLead.p95),
  };
}

export const latencyBench: BenchSuite = {
  name: 'latency',
  description: 'end of speech to first answer audio in a room: project, floor and peer, alternating',
  async run(context) {
    const lab = await context.lab();
    const rooms = new Map<LatencyRow, { fleet: AgentFleet; room: BenchRoom }>();
    const errors = new Map<LatencyRow, string>();
    const timings = new Map<LatencyRow, TurnTiming[]>(ROWS.map((name) => [name, []]));
    try {
      // A row whose agent cannot be set up is reported as not measured; the others still run.
      for (const name of ROWS) {
        try {
          const fleet = await lab.fleet(name);
          rooms.set(name, {
            fleet,
            room: await openAgentRoom(lab.livekit, fleet, `latency-${name}`, { role: 'latency' }),
          });
        } catch (error) {
          errors.set(name, (error as Error).message);
          context.logger.error({ row: name, err: error }, 'latency: row not measured');
        }
      }
      const running = ROWS.filter((name) => rooms.has(name));
      for (let turn = -(context.quick ? 1 : WARMUP_TURNS); turn < context.turns; turn++) {
        for (let step = 0; step < running.length; step++) {
          const name = running[(Math.max(0, turn) + step) % running.length]!;
          const timing = await rooms.get(name)!.room.turn(lab.clip);
          if (turn >= 0) timings.get(name)!.push(timing);
        }
        if (turn >= 0 && (turn + 1) % 10 === 0)
          context.logger.info({ turns: turn + 1, of: context.turns }, 'latency: turns done');
      }
    } finally {
      for (const { fleet, room } of rooms.values()) await closeAgentRoom(fleet, room);
    }
    const figuresOf = (name: LatencyRow, floorP50?: number): LatencyFigures => {
      const error = errors.get(name);
      return { ...latencyFigures(timings.get(name)!, floorP50), ...(error ? { error } : {}) };
    };
    const floor = figuresOf('floor');
    const floorP50 = floor.p50_ms ?? undefined;
    const figures = {
      project: figuresOf('project', floorP50),
      floor: figuresOf('floor', floorP50),
      peer: figuresOf('peer', floorP50),
    };
    const rows: BenchRow[] = ROWS.map((name) => ({
      suite: this.name,
      metric: `${name}: end of speech -> first answer audio (silence window subtracted)`,
      unit: 'ms',
      p50: figures[name].p50_ms ?? Number.NaN,
      p95: figures[name].p95_ms ?? Number.NaN,
      samples: figures[name].turns,
      ratio: figures[name].ratio_to_floor_p50 ?? undefined,
      baseline: 'floor p50',
    }));
    return {
      rows,
      sections: {
        latency: { silence_window_ms: SILENCE_WINDOW_MS, turns_per_row: context.turns, ...figures },
      },
    };
  },
};
