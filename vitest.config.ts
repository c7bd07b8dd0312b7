// Test runner configuration. Two groups: tests of modules and engines run two files at a time; tests that
// start a LiveKit server (they import a harness that does) run after them, one file at a time, because on
// the two-core CI machine two rooms' worth of servers, engines, recognisers and participants at once make
// audio late and turn boundaries move. A room test that fails is run once more (timing on a loaded two-core
// machine); one that passed only so is named at the end of the run (test/setup/retries-reporter.ts).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig } from 'vitest/config';

const TESTS = 'test';

/** Files under `dir` (recursively) whose names end with `suffix`, relative to the project. */
function filesUnder(dir: string, suffix: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith(suffix))
    .map((name) => join(dir, name));
}

/** Harness modules that start a LiveKit server, directly or through another harness module. */
function roomHarnesses(): Set<string> {
  const harness = filesUnder(join(TESTS, 'harness'), '.ts');
  const source = new Map(harness.map((file) => [file, readFileSync(file, 'utf8')]));
  const rooms = new Set([join(TESTS, 'harness', 'livekit.ts')]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const [file, text] of source) {
      if (rooms.has(file)) continue;
      if ([...rooms].some((room) => imports(text, room))) {
        rooms.add(file);
        grew = true;
      }
    }
  }
  return rooms;
}

function imports(text: string, module: string): boolean {
  const name = module.split('/').at(-1)!.replace(/\.ts$/, '.js');
  return text.includes(`/${name}'`);
}

const harnesses = roomHarnesses();
const roomTests = filesUnder(TESTS, '.test.ts').filter((file) => {
  const text = readFileSync(file, 'utf8');
  return [...harnesses].some((harness) => imports(text, harness));
});

const shared = {
  testTimeout: 60_000,
  hookTimeout: 120_000,
  pool: 'forks' as const,
  globalSetup: ['test/setup/global.ts'],
  // Quiet logs in the test run; CLI child processes get their own level (test/harness/worker.ts).
  env: { LOG_LEVEL: 'warn' },
};

export default defineConfig({
  test: {
    reporters: ['default', './test/setup/retries-reporter.ts'],
    projects: [
      {
        test: {
          ...shared,
          name: 'modules',
          include: [`${TESTS}/**/*.test.ts`],
          exclude: roomTests,
          maxWorkers: 2,
          sequence: { groupOrder: 0 },
        },
      },
      {
        test: {
          ...shared,
          name: 'rooms',
          include: roomTests,
          maxWorkers: 1,
          retry: 1,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
