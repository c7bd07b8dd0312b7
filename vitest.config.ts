// Test runner configuration. Integration tests start real LiveKit servers and engines, so they get
// generous timeouts and run a few files at a time on the two-core CI machine.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    maxWorkers: 2,
    globalSetup: ['test/setup/global.ts'],
    // Quiet logs in the test run; CLI child processes get their own level (test/harness/worker.ts).
    env: { LOG_LEVEL: 'warn' },
  },
});
