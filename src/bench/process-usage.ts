// What a set of processes costs, read from /proc (Linux): CPU time and resident memory (RSS, and PSS,
// which shares a page between the processes that map it) of process trees, sampled at the start and the
// end of a measuring window. The bench reports each framework's processes this way, engine apart; and
// the whole machine's CPU, which a measurement waits to see quiet.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

/** One sample of a set of processes. */
export interface UsageSample {
  /** performance.now() when taken. */
  at: number;
  /** CPU time (user + system) of each live process, ms. */
  cpuMs: Map<number, number>;
  rssMb: number;
  /** Proportional set size, MB (undefined where /proc/PID/smaps_rollup is not readable). */
  pssMb: number | undefined;
  processes: number;
}

/** What a set of processes used over a window. */
export interface WindowUsage {
  /** CPU over the window as a percentage of one core (200 = two cores busy). */
  cpuPct: number;
  /** Memory at the end of the window. */
  rssMb: number;
  pssMb: number | undefined;
  processes: number;
}

let ticksPerSecond: number | undefined;

function clockTicks(): number {
  if (ticksPerSecond === undefined) {
    try {
      ticksPerSecond = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
    } catch {
      ticksPerSecond = 100;
    }
  }
  return ticksPerSecond;
}

function readOr(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

/** Fields of /proc/PID/stat after the command name (which may hold spaces and parentheses). */
function statFields(pid: number): string[] | undefined {
  const stat = readOr(`/proc/${pid}/stat`);
  if (!stat) return undefined;
  return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
}

/** `pids` and all their descendants, alive now. */
export function processTree(pids: readonly number[]): number[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const parent = Number(statFields(Number(entry))?.[1]);
    if (!Number.isFinite(parent)) continue;
    const list = children.get(parent) ?? [];
    list.push(Number(entry));
    children.set(parent, list);
  }
  const tree: number[] = [];
  const queue = pids.filter((pid) => statFields(pid) !== undefined);
  while (queue.length > 0) {
    const pid = queue.shift()!;
    if (tree.includes(pid)) continue;
    tree.push(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return tree;
}

function kbField(text: string | undefined, field: string): number | undefined {
  const match = text?.match(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm'));
  return match ? Number(match[1]) : undefined;
}

/** Samples the processes `pids` (not their children: pass `processTree(...)` for a tree). */
export function sampleUsage(pids: readonly number[]): UsageSample {
  const cpuMs = new Map<number, number>();
  let rssKb = 0;
  let pssKb: number | undefined = 0;
  for (const pid of pids) {
    const fields = statFields(pid);
    if (!fields) continue;
    // utime and stime are fields 14 and 15 of stat; 11 and 12 after the command name.
    cpuMs.set(pid, ((Number(fields[11]) + Number(fields[12])) * 1000) / clockTicks());
    rssKb += kbField(readOr(`/proc/${pid}/status`), 'VmRSS') ?? 0;
    const pss = kbField(readOr(`/proc/${pid}/smaps_rollup`), 'Pss');
    pssKb = pss === undefined || pssKb === undefined ? undefined : pssKb + pss;
  }
  return {
    at: performance.now(),
    cpuMs,
    rssMb: rssKb / 1024,
    pssMb: pssKb === undefined ? undefined : pssKb / 1024,
    processes: cpuMs.size,
  };
}

/**
 * Usage between two samples: CPU of the processes alive at the end (a process that started inside the
 * window counts from zero), memory as at the end.
 */
export function usageBetween(start: UsageSample, end: UsageSample): WindowUsage {
  let cpu = 0;
  for (const [pid, ms] of end.cpuMs) cpu += ms - (start.cpuMs.get(pid) ?? 0);
  const wallMs = end.at - start.at;
  return {
    cpuPct: wallMs > 0 ? (cpu / wallMs) * 100 : Number.NaN,
    rssMb: end.rssMb,
    pssMb: end.pssMb,
    processes: end.processes,
  };
}

/** The whole machine's busy and total CPU time so far (all cores, from /proc/stat), in clock ticks. */
function machineTicks(): { busy: number; total: number } {
  const fields = (readOr('/proc/stat') ?? '').split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number);
  const total = fields.reduce((sum, ticks) => sum + ticks, 0);
  // idle and iowait are the 4th and 5th fields.
  return { busy: total - (fields[3] ?? 0) - (fields[4] ?? 0), total };
}

/**
 * Waits until the machine's CPU is at most `busyPct` busy (all cores) over a `windowMs` window, or
 * `timeoutMs` passed; resolves with the last window's figure. A measurement that starts while other
 * processes still settle (a peer's job process exiting, a warm process loading) measures them too.
 */
export async function machineQuiet(busyPct: number, windowMs = 500, timeoutMs = 10_000): Promise<number> {
  const deadline = performance.now() + timeoutMs;
  let busy = 100;
  while (performance.now() < deadline) {
    const before = machineTicks();
    await new Promise((resolve) => setTimeout(resolve, windowMs));
    const after = machineTicks();
    busy = (100 * (after.busy - before.busy)) / Math.max(1, after.total - before.total);
    if (busy <= busyPct) break;
  }
  return busy;
}
