// Bench: memory of the workers themselves, run only when named (`pnpm bench --only memory --levels 1,10`).
// At each level, N rooms with one talker each: this project's worker (`pnpm start` with
// WORKER_ISOLATION=host and two job hosts, the `echo` agent, whose local engine runs inside the job hosts)
// and LiveKit's `AgentServer` (the peer: a process per job plus its inference process; its engine is the
// bench's, apart), one after the other. RSS and PSS of each worker's whole process tree at the end of a
// window of conversation; the LiveKit server and the bench's engine are not counted.
import { loadFigures, runLoad } from './density.js';
import type { LoadFigures } from './report.js';
import type { BenchRow, BenchSuite } from './suite.js';

export function memoryBench(levels: number[], windowMs: number): BenchSuite {
  return {
    name: 'memory',
    description: `RSS of this project's worker and of AgentServer at ${levels.join(', ')} rooms`,
    onlyWhenNamed: true,
    async run(context) {
      const lab = await context.lab();
      const rows: BenchRow[] = [];
      for (const [index, rooms] of levels.entries()) {
        // The order alternates between levels, so neither worker always runs on a warmer machine.
        const order = index % 2 === 0 ? (['worker', 'peer'] as const) : (['peer', 'worker'] as const);
        for (const name of order) {
          const label = `${name}: ${rooms} room${rooms === 1 ? '' : 's'}`;
          let figures: LoadFigures;
          try {
            const fleet = await lab.fleet(name);
            const spec = { rooms, talkersPerRoom: 1, role: 'latency' as const, windowMs };
            figures = loadFigures(await runLoad(lab, fleet, spec, context), rooms);
          } catch (error) {
            // One worker failing at one level leaves the other cells to measure.
            rows.push({ suite: 'memory', metric: `${label} failed: ${(error as Error).message}`, unit: '' });
            context.logger.error({ fleet: name, rooms, err: error }, 'memory: level not measured');
            continue;
          }
          rows.push(
            { suite: 'memory', metric: `${label} RSS`, unit: 'MB', value: figures.rss_mb ?? Number.NaN },
            { suite: 'memory', metric: `${label} PSS`, unit: 'MB', value: figures.pss_mb ?? Number.NaN },
            { suite: 'memory', metric: `${label} processes`, unit: '', value: figures.processes },
            { suite: 'memory', metric: `${label} turns answered`, unit: '', value: figures.turns },
          );
          context.logger.info({ fleet: name, rooms, figures }, 'memory: level measured');
        }
      }
      return { rows, sections: {} };
    },
  };
}
