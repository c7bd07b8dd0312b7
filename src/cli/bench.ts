// `pnpm bench [--turns N] [--only suite,...] [--wav path]`: runs the bench suites (loopback round trip,
// audio path cost), prints a table and writes the rows as JSON to bench-results/. Not a test: figures
// are percentiles and ratios against baselines measured in the same run.
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { pino } from 'pino';
import { audioPathBench } from '../bench/audio-path.js';
import { loopbackBench } from '../bench/loopback.js';
import { formatTable, writeResults } from '../bench/report.js';
import type { BenchRow, BenchSuite } from '../bench/suite.js';

const SUITES: readonly BenchSuite[] = [loopbackBench, audioPathBench];
const DEFAULT_WAV = 'test/fixtures/speech/hello-48k.wav';
const USAGE = `usage: pnpm bench [--turns N] [--only ${SUITES.map((suite) => suite.name).join(',')}] [--wav file.wav]`;

function fail(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
}

async function main(): Promise<void> {
  let values: { turns?: string; only?: string; wav?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      options: {
        turns: { type: 'string' },
        only: { type: 'string' },
        wav: { type: 'string' },
        help: { type: 'boolean' },
      },
    }));
  } catch (error) {
    fail((error as Error).message);
  }
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const turns = Number(values.turns ?? 50);
  if (!Number.isInteger(turns) || turns < 1) fail(`--turns must be a positive integer, got ${values.turns}`);
  const names = values.only?.split(',').map((name) => name.trim()) ?? SUITES.map((suite) => suite.name);
  const unknown = names.filter((name) => !SUITES.some((suite) => suite.name === name));
  if (unknown.length > 0) fail(`unknown suite ${unknown.join(', ')}`);
  const wav = values.wav ?? (existsSync(DEFAULT_WAV) ? DEFAULT_WAV : undefined);
  if (values.wav && !existsSync(values.wav)) fail(`--wav ${values.wav}: no such file`);

  const logger = pino({ level: process.env.LOG_LEVEL ?? 'warn' }, pino.destination(2));
  const rows: BenchRow[] = [];
  for (const suite of SUITES.filter((candidate) => names.includes(candidate.name))) {
    console.error(`running ${suite.name}: ${suite.description}`);
    rows.push(...(await suite.run({ turns, speechWav: wav, logger })));
  }
  console.log(formatTable(rows));
  console.log(`\nspeech: ${wav ?? 'synthetic voiced signal (run pnpm fixtures for a recording)'}`);
  console.log(`written to ${await writeResults(rows)}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
