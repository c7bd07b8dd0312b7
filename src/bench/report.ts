// Bench output: a small aligned table on the terminal, and the same rows as JSON in bench-results/
// (git-ignored) with the run's machine context, for comparing runs over time.
import { mkdir, writeFile } from 'node:fs/promises';
import { cpus, platform } from 'node:os';
import { join } from 'node:path';
import type { BenchRow } from './suite.js';

export function formatTable(rows: readonly BenchRow[]): string {
  const figure = (value: number | undefined, digits: number) =>
    value === undefined ? '' : value.toFixed(digits);
  const header = ['suite', 'metric', 'value', 'p50', 'p95', 'unit', 'ratio', 'core %', 'n'];
  const body = rows.map((row) => [
    row.suite,
    row.metric,
    figure(row.value, 0),
    figure(row.p50, 2),
    figure(row.p95, 2),
    row.unit,
    figure(row.ratio, 2),
    figure(row.coreShare === undefined ? undefined : row.coreShare * 100, 3),
    row.samples === undefined ? '' : String(row.samples),
  ]);
  const widths = header.map((title, column) =>
    Math.max(title.length, ...body.map((line) => line[column]!.length)),
  );
  const line = (cells: string[]) =>
    cells
      .map((cell, column) => cell.padEnd(widths[column]!))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...body.map(line)].join('\n');
}

/** Writes the run to bench-results/bench-<timestamp>.json and returns the path. */
export async function writeResults(rows: readonly BenchRow[], folder = 'bench-results'): Promise<string> {
  await mkdir(folder, { recursive: true });
  const startedAt = new Date().toISOString();
  const path = join(folder, `bench-${startedAt.replace(/[:.]/g, '-')}.json`);
  const machine = {
    node: process.version,
    platform: platform(),
    cpus: cpus().length,
    cpu: cpus()[0]?.model ?? 'unknown',
  };
  await writeFile(path, `${JSON.stringify({ startedAt, machine, rows }, null, 2)}\n`);
  return path;
}
