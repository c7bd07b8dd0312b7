// What a set of processes costs, read from /proc (Linux): CPU time and resident memory (RSS, and PSS,
// which shares a page between the processes that map it) of process trees, sampled at the start and the
// end of a measuring window. The bench reports each framework's processes this way, engine apart.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
let ticksPerSecond;
function clockTicks() {
    if (ticksPerSecond === undefined) {
        try {
            ticksPerSecond = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
        }
        catch {
            ticksPerSecond = 100;
        }
    }
    return ticksPerSecond;
}
function readOr(path) {
    try {
        return readFileSync(path, 'utf8');
    }
    catch {
        return undefined;
    }
}
/** Fields of /proc/PID/stat after the command name (which may hold spaces and parentheses). */
function statFields(pid) {
    const stat = readOr(`/proc/${pid}/stat`);
    if (!stat)
        return undefined;
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
}
/** `pids` and all their descendants, alive now. */
export function processTree(pids) {
    const children = new Map();
    for (const entry of readdirSync('/proc')) {
        if (!/^\d+$/.test(entry))
            continue;
        const parent = Number(statFields(Number(entry))?.[1]);
        if (!Number.isFinite(parent))
            continue;
        const list = children.get(parent) ?? [];
        list.push(Number(entry));
        children.set(parent, list);
    }
    const tree = [];
    const queue = pids.filter((pid) => statFields(pid) !== undefined);
    while (queue.length > 0) {
        const pid = queue.shift();
        if (tree.includes(pid))
            continue;
        tree.push(pid);
        queue.push(...(children.get(pid) ?? []));
    }
    return tree;
}
function kbField(text, field) {
    const match = text?.match(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm'));
    return match ? Number(match[1]) : undefined;
}
/** Samples the processes `pids` (not their children: pass `processTree(...)` for a tree). */
export function sampleUsage(pids) {
    const cpuMs = new Map();
    let rssKb = 0;
    let pssKb = 0;
    for (const pid of pids) {
        const fields = statFields(pid);
        if (!fields)
            continue;
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
export function usageBetween(start, end) {
    let cpu = 0;
    for (const [pid, ms] of end.cpuMs)
        cpu += ms - (start.cpuMs.get(pid) ?? 0);
    const wallMs = end.at - start.at;
    return {
        cpuPct: wallMs > 0 ? (cpu / wallMs) * 100 : Number.NaN,
        rssMb: end.rssMb,
        pssMb: end.pssMb,
        processes: end.processes,
    };
}
//# sourceMappingURL=process-usage.js.map