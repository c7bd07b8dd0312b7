// One `pnpm bench` run: the chosen suites in order, sharing one room lab, then the report written as JSON
// and markdown. Suites that fail are reported and the run goes on; the lab is always stopped.
import { cpus, loadavg, platform, totalmem } from 'node:os';
import type { Logger } from '../telemetry/log.js';
import { audioPathBench } from './audio-path.js';
import { type DensityPlan, densityBench, FULL_DENSITY, QUICK_DENSITY } from './density.js';
import { dispatchBench } from './dispatch.js';
import { openLab, type RoomLab } from './lab.js';
import { latencyBench } from './latency.js';
import { loopbackBench } from './loopback.js';
import { memoryBench } from './memory.js';
import {
  type BenchReport,
  type BenchSections,
  checkTargets,
  formatMarkdown,
  formatTable,
  writeText,
} from './report.js';
import type { BenchRow, BenchSuite } from './suite.js';
import { toolCallBench } from './tool-calls.js';

export interface BenchOptions {
  quick: boolean;
  /** Suite names to run (all when undefined). */
  only: string[] | undefined;
  /** Turns per latency row. */
  turns: number;
  /** Density levels (rooms at once). */
  levels: number[];
  peerMaxRooms: number;
  /** What talkers say (48 kHz speech WAV). */
  talkerWav: string;
  /** What the engine answers with. */
  replyWav: string;
  /** A longer speech WAV for the audio path. */
  audioWav: string;
  jsonPath: string;
  mdPath: string;
  logger: Logger;
}

export function benchSuites(options: Pick<BenchOptions, 'quick' | 'levels' | 'peerMaxRooms'>): BenchSuite[] {
  const plan: DensityPlan = {
    ...(options.quick ? QUICK_DENSITY : FULL_DENSITY),
    levels: options.levels,
    peerMaxRooms: options.peerMaxRooms,
  };
  return [
    audioPathBench(options.quick),
    loopbackBench,
    latencyBench,
    dispatchBench(options.quick ? 1 : 12, { peer: !options.quick }),
    toolCallBench(options.quick ? 1 : 30),
    densityBench(plan),
    memoryBench(options.levels, options.quick ? 10_000 : 30_000),
  ];
}

const round2 = (value: number) => Math.round(value * 100) / 100;
const loadNow = () => loadavg().map(round2) as [number, number, number];

export async function runBench(options: BenchOptions): Promise<BenchReport> {
  const { logger } = options;
  const startedAt = new Date();
  const loadBefore = loadNow();
  const suites = benchSuites(options).filter((suite) =>
    options.only ? options.only.includes(suite.name) : !suite.onlyWhenNamed,
  );
  let lab: Promise<RoomLab> | undefined;
  const context = {
    quick: options.quick,
    turns: options.turns,
    speechWav: options.audioWav,
    logger,
    lab: () => {
      lab ??= openLab({ talkerWav: options.talkerWav, replyWav: options.replyWav, logger });
      return lab;
    },
  };
  const rows: BenchRow[] = [];
  const sections: Partial<BenchSections> = {};
  const failures: string[] = [];
  try {
    for (const suite of suites) {
      const started = performance.now();
      process.stderr.write(`running ${suite.name}: ${suite.description}\n`);
      try {
        const outcome = await suite.run(context);
        rows.push(...outcome.rows);
        Object.assign(sections, outcome.sections);
      } catch (error) {
        failures.push(`${suite.name}: ${(error as Error).message}`);
        logger.error({ err: error, suite: suite.name }, 'suite failed');
      }
      process.stderr.write(`  ${suite.name} took ${Math.round((performance.now() - started) / 1000)} s\n`);
    }
  } finally {
    if (lab) await (await lab.catch(() => undefined))?.close();
  }
  const finishedAt = new Date();
  const report: BenchReport = {
    version: 1,
    started_at: startedAt.toISOString(),
    finished_at: finishedAt.toISOString(),
    duration_s: Math.round((finishedAt.getTime() - startedAt.getTime()) / 1000),
    quick: options.quick,
    suites: suites.map((suite) => suite.name),
    machine: {
      node: process.version,
      platform: platform(),
      cpus: cpus().length,
      cpu: cpus()[0]?.model ?? 'unknown',
      memory_gb: round2(totalmem() / 2 ** 30),
    },
    load: { before: loadBefore, after: loadNow() },
    targets: checkTargets(sections),
    failures,
    rows,
    ...sections,
  };
  await writeText(options.jsonPath, `${JSON.stringify(report, null, 2)}\n`);
  await writeText(options.mdPath, formatMarkdown(report));
  process.stdout.write(`${formatTable(rows)}\n\n`);
  for (const target of report.targets)
    process.stdout.write(
      `${target.met === null ? '?' : target.met ? 'ok' : 'MISSED'}  ${target.target}: ${target.figure}\n`,
    );
  process.stdout.write(`\nwritten to ${options.jsonPath} and ${options.mdPath} (${report.duration_s} s)\n`);
  if (failures.length > 0) {
    process.stdout.write(`\nsuites that failed:\n${failures.map((line) => `  ${line}`).join('\n')}\n`);
    process.exitCode = 1;
  }
  return report;
}
