// Bench: density. N rooms at once, each with one talker holding a conversation (a turn, the answer, a
// short pause, again), for this project and for the peer at each N, one after the other: latency p50/p95
// of all turns in the window, CPU and memory of every process the framework runs (the engine apart),
// and one `participants.mode: shared` room with 10 talkers taking turns. The shared room is also
// measured as its talkers grow (1, 3, 6, 10: CPU and memory of one room hearing everyone).

import { type AgentRole, SILENCE_WINDOW_MS } from './bench-roles.js';
import { type BenchRoom, closeAgentRoom, openAgentRoom, type TurnTiming } from './bench-room.js';
import type { AgentFleet } from './fleets.js';
import type { RoomLab } from './lab.js';
import { processTree, sampleUsage, usageBetween, type WindowUsage } from './process-usage.js';
import type { DensityLevel, LoadFigures, SharedRoomFigures } from './report.js';
import { rounded, summarize } from './stats.js';
import type { BenchContext, BenchRow, BenchSuite } from './suite.js';

export interface DensityPlan {
  levels: number[];
  /** Talkers in the shared room of the density table. */
  sharedTalkers: number;
  /** Talker counts of the shared room as it grows. */
  sharedGrowth: number[];
  windowMs: number;
  /** Turns a level's window is stretched to cover (1 room needs a longer window than 50). */
  minTurns: number;
  /** The peer runs up to this many rooms (each of its jobs is a process). */
  peerMaxRooms: number;
}

export const FULL_DENSITY: DensityPlan = {
  levels: [1, 5, 10, 20, 50],
  sharedTalkers: 10,
  sharedGrowth: [1, 3, 6, 10],
  windowMs: 45_000,
  minTurns: 20,
  peerMaxRooms: 20,
};

export const QUICK_DENSITY: DensityPlan = {
  levels: [2],
  sharedTalkers: 3,
  sharedGrowth: [],
  windowMs: 8_000,
  minTurns: 1,
  peerMaxRooms: 2,
};

/** About how long a turn takes (say the clip, the answer, the pause), for stretching windows. */
const TURN_MS = 4_000;
/** Rooms opened at once while setting a level up. */
const OPEN_BATCH = 5;

export interface LoadSpec {
  rooms: number;
  talkersPerRoom: number;
  role: AgentRole;
  windowMs: number;
}

export interface LoadRun {
  turns: TurnTiming[];
  framework: WindowUsage;
  engine: WindowUsage;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** One room's conversation until `until`: its talkers take turns, with a short pause between. */
async function converse(
  room: BenchRoom,
  clip: RoomLab['clip'],
  until: number,
  turns: TurnTiming[],
): Promise<void> {
  await sleep(Math.random() * 2_500);
  for (let turn = 0; performance.now() < until; turn++) {
    turns.push(await room.turn(clip, turn % room.talkers.length));
    await sleep(200 + Math.random() * 1_000);
  }
}

/** Opens `spec.rooms` rooms with `fleet`'s agent, converses for the window, and measures it. */
export async function runLoad(
  lab: RoomLab,
  fleet: AgentFleet,
  spec: LoadSpec,
  context: BenchContext,
): Promise<LoadRun> {
  const rooms: BenchRoom[] = [];
  const phases: Record<string, number> = {};
  let phaseStart = performance.now();
  const phaseDone = (phase: string) => {
    phases[`${phase}_s`] = Math.round((performance.now() - phaseStart) / 100) / 10;
    phaseStart = performance.now();
  };
  try {
    for (let first = 0; first < spec.rooms; first += OPEN_BATCH) {
      const batch = Array.from({ length: Math.min(OPEN_BATCH, spec.rooms - first) }, (_, index) =>
        openAgentRoom(lab.livekit, fleet, `density-${fleet.name}-${spec.role}-${first + index + 1}`, {
          role: spec.role,
          talkers: spec.talkersPerRoom,
          joinTimeoutMs: 120_000,
        }),
      );
      const opened = await Promise.allSettled(batch);
      for (const result of opened) if (result.status === 'fulfilled') rooms.push(result.value);
      const failed = opened.find((result) => result.status === 'rejected');
      if (failed) throw failed.reason;
    }
    phaseDone('open');
    await sleep(2_000);
    // Warm-up: one turn in every room before the window opens.
    await Promise.all(rooms.map((room) => room.turn(lab.clip)));
    phaseDone('warm_up');
    const turns: TurnTiming[] = [];
    const frameworkStart = sampleUsage(processTree(fleet.pids()));
    const engineStart = sampleUsage([lab.engine.pid]);
    const until = performance.now() + spec.windowMs;
    await Promise.all(rooms.map((room) => converse(room, lab.clip, until, turns)));
    phaseDone('window');
    return {
      turns,
      framework: usageBetween(frameworkStart, sampleUsage(processTree(fleet.pids()))),
      engine: usageBetween(engineStart, sampleUsage([lab.engine.pid])),
    };
  } finally {
    await Promise.all(rooms.map((room) => closeAgentRoom(fleet, room)));
    await fleet.settled();
    phaseDone('close');
    context.logger.info({ fleet: fleet.name, rooms: spec.rooms, ...phases }, 'density: level done');
  }
}

export function loadFigures(run: LoadRun, rooms: number): LoadFigures {
  const latency = summarize(run.turns.map((turn) => turn.heardAt - turn.speechEndAt - SILENCE_WINDOW_MS));
  return {
    p50_ms: rounded(latency.p50),
    p95_ms: rounded(latency.p95),
    turns: latency.n,
    missed: latency.missing,
    cpu_pct: rounded(run.framework.cpuPct),
    rss_mb: rounded(run.framework.rssMb, 0),
    pss_mb: run.framework.pssMb === undefined ? null : rounded(run.framework.pssMb, 0),
    rss_per_room_mb: rounded(run.framework.rssMb / rooms, 1),
    processes: run.framework.processes,
    engine: { cpu_pct: rounded(run.engine.cpuPct), rss_mb: rounded(run.engine.rssMb, 0) },
  };
}

function windowFor(plan: DensityPlan, rooms: number, talkers: number): number {
  return Math.max(plan.windowMs, (plan.minTurns * TURN_MS) / Math.max(1, rooms / talkers));
}

export function densityBench(plan: DensityPlan): BenchSuite {
  return {
    name: 'density',
    description: `${plan.levels.join(', ')} rooms at once, project and peer; a shared room as its talkers grow`,
    async run(context) {
      const lab = await context.lab();
      const project = await lab.fleet('dispatched');
      const density: DensityLevel[] = [];
      const rows: BenchRow[] = [];
      const row = (metric: string, figures: LoadFigures) => {
        rows.push({
          suite: 'density',
          metric,
          unit: 'ms',
          p50: figures.p50_ms ?? Number.NaN,
          p95: figures.p95_ms ?? Number.NaN,
          samples: figures.turns,
        });
        rows.push({
          suite: 'density',
          metric: `${metric} CPU`,
          unit: '% core',
          value: figures.cpu_pct ?? Number.NaN,
        });
        rows.push({
          suite: 'density',
          metric: `${metric} RSS`,
          unit: 'MB',
          value: figures.rss_mb ?? Number.NaN,
        });
      };
      for (const [index, rooms] of plan.levels.entries()) {
        const level: DensityLevel = { rooms, talkers_per_room: 1, mode: 'single', project: null, peer: null };
        // The order alternates between levels, so neither framework always runs on a warmer machine.
        const order = index % 2 === 0 ? (['project', 'peer'] as const) : (['peer', 'project'] as const);
        for (const name of order) {
          if (name === 'peer' && rooms > plan.peerMaxRooms) {
            const largest = density.filter((done) => done.peer).at(-1)?.peer;
            const perRoom = largest?.rss_per_room_mb;
            level.peer_skipped = `not run: the peer runs each room in a process of its own${
              perRoom
                ? ` (about ${Math.round(perRoom)} MB each, so ${rooms} rooms would take about ${((perRoom * rooms) / 1024).toFixed(1)} GB)`
                : ''
            }; raise --peer-max-rooms to run it`;
            continue;
          }
          try {
            const fleet = name === 'project' ? project : await lab.fleet('peer');
            const run = await runLoad(
              lab,
              fleet,
              { rooms, talkersPerRoom: 1, role: 'latency', windowMs: windowFor(plan, rooms, 1) },
              context,
            );
            level[name] = loadFigures(run, rooms);
            row(`${name}: ${rooms} room${rooms === 1 ? '' : 's'}`, level[name]!);
          } catch (error) {
            // One framework failing at one level leaves the rest of the table to measure.
            level.errors = { ...level.errors, [name]: (error as Error).message };
            context.logger.error({ fleet: name, rooms, err: error }, 'density: level not measured');
          }
        }
        density.push(level);
      }

      const shared = async (talkers: number) =>
        loadFigures(
          await runLoad(
            lab,
            project,
            { rooms: 1, talkersPerRoom: talkers, role: 'shared', windowMs: windowFor(plan, 1, talkers) },
            context,
          ),
          1,
        );
      const sharedRoom: SharedRoomFigures[] = [];
      for (const talkers of plan.sharedGrowth) {
        const figures = await shared(talkers);
        sharedRoom.push({ talkers, ...figures });
        row(`project: shared room, ${talkers} talker${talkers === 1 ? '' : 's'}`, figures);
      }
      const grown = sharedRoom.find((entry) => entry.talkers === plan.sharedTalkers);
      let sharedLevel: LoadFigures;
      if (grown) {
        const { talkers: _, ...figures } = grown;
        sharedLevel = figures;
      } else {
        sharedLevel = await shared(plan.sharedTalkers);
        row(`project: shared room, ${plan.sharedTalkers} talkers`, sharedLevel);
      }
      density.push({
        rooms: 1,
        talkers_per_room: plan.sharedTalkers,
        mode: 'shared',
        project: sharedLevel,
        peer: null,
        peer_skipped: 'not applicable: the peer hears one linked participant per session',
      });
      return { rows, sections: { density, ...(sharedRoom.length > 0 ? { shared_room: sharedRoom } : {}) } };
    },
  };
}
