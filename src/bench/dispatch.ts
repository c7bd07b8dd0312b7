// Bench: dispatch. From the LiveKit dispatch request that puts an agent into a room to the first loud
// frame of the agent's greeting heard by a participant already in the room, with a warm worker: each
// request waits until the previous room is gone, the worker is as ready as when it started and the
// machine's CPU is quiet (the other row's processes settling would be measured too). This project's
// worker (`pnpm start`, two job hosts, the bench's greeter on the bench's engine) and the peer's
// AgentServer alternate. A quick run leaves the peer out: waiting for its warm pool is most of the time.
import { BenchRoom } from './bench-room.js';
import type { FleetName } from './fleets.js';
import { machineQuiet } from './process-usage.js';
import type { DispatchFigures } from './report.js';
import { rounded, summarize } from './stats.js';
import type { BenchRow, BenchSuite } from './suite.js';

const ROWS = ['project', 'peer'] as const;
/** The fleet each row dispatches to: this project's row is its real worker. */
const FLEET: Record<(typeof ROWS)[number], FleetName> = { project: 'dispatched', peer: 'peer' };
const GREETING_TIMEOUT_MS = 30_000;
/** The machine counts as quiet for a request at this share of all its cores busy, or less. */
const QUIET_BUSY_PCT = 25;

/** One request's times from the request: agent seen in the room, its voice subscribed, greeting heard. */
interface DispatchSample {
  joined: number;
  subscribed: number;
  heard: number;
}

function figures(samples: DispatchSample[]): DispatchFigures {
  const summary = summarize(samples.map((sample) => sample.heard));
  return {
    p50_ms: rounded(summary.p50),
    p95_ms: rounded(summary.p95),
    n: summary.n,
    missed: summary.missing,
    joined_p50_ms: rounded(summarize(samples.map((sample) => sample.joined)).p50),
    subscribed_p50_ms: rounded(summarize(samples.map((sample) => sample.subscribed)).p50),
  };
}

export function dispatchBench(requests: number, options: { peer: boolean }): BenchSuite {
  const measured = options.peer ? ROWS : (['project'] as const);
  return {
    name: 'dispatch',
    description: `dispatch request to the first greeting audio heard, warm worker: ${measured.join(' and ')}`,
    async run(context) {
      const lab = await context.lab();
      const samples = new Map<(typeof ROWS)[number], DispatchSample[]>(ROWS.map((name) => [name, []]));
      for (let request = 0; request < requests; request++) {
        for (const name of request % 2 === 0 ? measured : [...measured].reverse()) {
          const fleet = await lab.fleet(FLEET[name]);
          await fleet.settled();
          const room = await BenchRoom.open(lab.livekit, `dispatch-${name}-${request + 1}`);
          const busyPct = await machineQuiet(QUIET_BUSY_PCT);
          if (busyPct > QUIET_BUSY_PCT)
            context.logger.warn({ busyPct }, 'dispatch: the machine did not go quiet');
          try {
            const requestedAt = performance.now();
            const greeting = room.listener.heardAfter(requestedAt, GREETING_TIMEOUT_MS);
            await fleet.place(room.name, 'greeter', room.talkers[0]!.identity);
            const heardAt = await greeting;
            if (Number.isNaN(heardAt))
              context.logger.warn(
                { fleet: name, failure: fleet.failure(room.name) },
                'dispatch: no greeting heard',
              );
            const { listener } = room;
            samples.get(name)!.push({
              joined: listener.agentJoinedAt - requestedAt,
              subscribed: listener.agentTrackAt - requestedAt,
              heard: heardAt - requestedAt,
            });
            await room.listener.quiet(300);
          } finally {
            await fleet.remove(room.name).catch(() => undefined);
            await room.close();
          }
        }
      }
      const project = figures(samples.get('project')!);
      const peer = figures(samples.get('peer')!);
      const rows: BenchRow[] = measured.map((name) => {
        const row = name === 'project' ? project : peer;
        return {
          suite: this.name,
          metric: `${name}: dispatch -> first greeting audio (warm)`,
          unit: 'ms',
          p50: row.p50_ms ?? Number.NaN,
          p95: row.p95_ms ?? Number.NaN,
          samples: row.n,
        };
      });
      return { rows, sections: { dispatch: { ...project, peer } } };
    },
  };
}
