// A real Redis for tests that run LiveKit as a cluster: Debian's redis-server on a free loopback port,
// in memory only (no snapshot, no append-only file), stopped (only it) on close.
import { spawn } from 'node:child_process';
import { freePort } from './processes.js';

export const REDIS_SERVER = '/usr/bin/redis-server';

export interface TestRedis {
  /** host:port, as LiveKit's `redis.address` takes it. */
  address: string;
  close(): Promise<void>;
}

export async function startTestRedis(): Promise<TestRedis> {
  const port = await freePort();
  const child = spawn(
    REDIS_SERVER,
    ['--bind', '127.0.0.1', '--port', String(port), '--save', '', '--appendonly', 'no'],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`redis-server not ready within 10 s:\n${output}`)),
      10_000,
    );
    child.once('error', (error) =>
      reject(
        new Error(
          `${REDIS_SERVER} did not start (${error.message}); the cluster test needs Debian's redis-server: apt-get install redis-server`,
        ),
      ),
    );
    void exited.then(() => reject(new Error(`redis-server exited before it was ready:\n${output}`)));
    child.stdout.on('data', (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-4000);
      if (output.includes('Ready to accept connections')) {
        clearTimeout(timer);
        resolve();
      }
    });
  }).catch(async (error: unknown) => {
    child.kill('SIGKILL');
    await exited;
    throw error;
  });
  return {
    address: `127.0.0.1:${port}`,
    async close() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      await exited;
    },
  };
}
