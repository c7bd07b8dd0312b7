// The worker's settings from the environment: defaults, each variable's effect, and a clear error naming
// the variable and its value when one is wrong.
import { availableParallelism } from 'node:os';
import { describe, expect, it } from 'vitest';
import { workerOptionsFromEnv } from '../../src/dispatch/worker.js';

const credentials = { url: 'ws://127.0.0.1:7880', apiKey: 'devkey', apiSecret: 'secret' };

describe('worker settings', () => {
  it('defaults: dense hosts, one per core, four rooms per core, a short drain outside production', () => {
    const options = workerOptionsFromEnv(credentials, {});
    expect(options).toMatchObject({
      agentName: 'roomvoice',
      isolation: 'host',
      hosts: availableParallelism(),
      maxJobs: availableParallelism() * 4,
      drainTimeoutMs: 10_000,
      healthPort: 0,
      defaultAgent: 'echo',
    });
    expect(options.agentsDir).toMatch(/agents$/);
    expect(workerOptionsFromEnv(credentials, { NODE_ENV: 'production' }).drainTimeoutMs).toBe(600_000);
  });

  it('reads each variable; empty ones count as unset', () => {
    const options = workerOptionsFromEnv(credentials, {
      AGENT_NAME: 'front-desk',
      AGENT_DEFINITION: 'concierge',
      AGENTS_DIR: '/srv/agents',
      WORKER_MAX_JOBS: '50',
      WORKER_HOSTS: '3',
      WORKER_ISOLATION: 'process',
      WORKER_DRAIN_TIMEOUT: '1m30s',
      WORKER_HEALTH_PORT: '',
    });
    expect(options).toMatchObject({
      agentName: 'front-desk',
      defaultAgent: 'concierge',
      agentsDir: '/srv/agents',
      maxJobs: 50,
      hosts: 3,
      isolation: 'process',
      drainTimeoutMs: 90_000,
      healthPort: 0,
    });
  });

  it.each([
    [{ WORKER_MAX_JOBS: 'many' }, /WORKER_MAX_JOBS "many" must be a whole number/],
    [{ WORKER_MAX_JOBS: '0' }, /WORKER_MAX_JOBS "0" must be at least 1/],
    [{ WORKER_HOSTS: '-2' }, /WORKER_HOSTS "-2" must be a whole number/],
    [{ WORKER_ISOLATION: 'thread' }, /WORKER_ISOLATION "thread" must be host or process/],
    [{ WORKER_DRAIN_TIMEOUT: '30' }, /WORKER_DRAIN_TIMEOUT "30" must be a duration such as 30s/],
    [{ WORKER_HEALTH_PORT: '70000' }, /WORKER_HEALTH_PORT "70000" must be a port number/],
  ])('refuses %o', (env, message) => {
    expect(() => workerOptionsFromEnv(credentials, env)).toThrow(message);
  });
});
