// Process facts for tests: whether a pid still runs, which children of this test process run a given
// script (to prove shutdown leaves no orphan), free loopback ports, and waiting for an event.
import { execFileSync } from 'node:child_process';
import type { EventEmitter } from 'node:events';

export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Processes whose parent is this process and whose command line contains `needle`. */
export function childrenRunning(needle: string): number[] {
  const table = execFileSync('ps', ['-eo', 'pid=,ppid=,args='], { encoding: 'utf8' });
  return table
    .split('\n')
    .map((line) => line.trim().match(/^(\d+)\s+(\d+)\s+(.*)$/))
    .filter((match): match is RegExpMatchArray => match !== null)
    .filter((match) => Number(match[2]) === process.pid && match[3]!.includes(needle))
    .map((match) => Number(match[1]));
}

export { freePort, freeUdpPort } from '../../src/dispatch/free-port.js';

/** The arguments of the next `event`, failing after `ms` with a message naming the event. */
export function nextEvent<T extends unknown[]>(
  emitter: EventEmitter,
  event: string,
  ms = 20_000,
): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no "${event}" event within ${ms} ms`)), ms);
    emitter.once(event, (...args: unknown[]) => {
      clearTimeout(timer);
      resolve(args as T);
    });
  });
}
