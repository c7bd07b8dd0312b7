// Runs the real worker (`src/cli/start.ts`) as a child process against a test server, the way
// `pnpm start` runs it, and collects its JSON log lines (or any other script of the project's).
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface CliRun {
  child: ChildProcess;
  lines: string[];
  /** Resolves with the first log line matching, rejects on exit or timeout. */
  waitFor(pattern: RegExp, timeoutMs?: number): Promise<string>;
  exited: Promise<number | null>;
  stop(): Promise<void>;
  /** Pids of this process and all its descendants (the worker's job processes). */
  pids(): number[];
}

export function runCli(script: string, env: Record<string, string>): CliRun {
  return runScript(`src/cli/${script}.ts`, env);
}

/** Runs a TypeScript file of the project (`path` from its root) the same way, with node flags and arguments. */
export function runScript(
  path: string,
  env: Record<string, string>,
  options: { nodeFlags?: string[]; args?: string[] } = {},
): CliRun {
  const child = spawn(
    process.execPath,
    [...(options.nodeFlags ?? []), '--import', 'tsx', path, ...(options.args ?? [])],
    {
      cwd: ROOT,
      env: { ...process.env, LOG_FORMAT: 'json', LOG_LEVEL: 'info', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const lines: string[] = [];
  const waiters = new Set<() => void>();
  const onData = (chunk: Buffer) => {
    for (const line of chunk.toString().split('\n')) if (line.trim()) lines.push(line);
    for (const wake of waiters) wake();
  };
  child.stdout?.on('data', onData);
  child.stderr?.on('data', onData);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

  return {
    child,
    lines,
    exited,
    waitFor(pattern, timeoutMs = 30_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const line = lines.find((l) => pattern.test(l));
          if (!line) return;
          cleanup();
          resolve(line);
        };
        const timer = setTimeout(() => {
          cleanup();
          reject(
            new Error(`no log line matched ${pattern} within ${timeoutMs} ms; got:\n${lines.join('\n')}`),
          );
        }, timeoutMs);
        const cleanup = () => {
          clearTimeout(timer);
          waiters.delete(check);
        };
        waiters.add(check);
        void exited.then(() => {
          check();
          if (waiters.has(check)) {
            cleanup();
            reject(
              new Error(`process exited before a log line matched ${pattern}; got:\n${lines.join('\n')}`),
            );
          }
        });
        check();
      });
    },
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
      await exited;
      clearTimeout(timer);
    },
    pids() {
      if (!child.pid) return [];
      const all = [child.pid];
      for (let i = 0; i < all.length; i++) {
        try {
          const out = execFileSync('pgrep', ['-P', String(all[i])], { encoding: 'utf8' });
          all.push(...out.split('\n').filter(Boolean).map(Number));
        } catch {
          // pgrep exits 1 when a process has no children.
        }
      }
      return all;
    },
  };
}
