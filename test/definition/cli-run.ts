// Runs `validate` in-process (the function behind `pnpm validate`) or as the real command in a child
// process, and captures its exit code and lines. Shared by the definition tests.
import { execFile } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validate } from '../../src/cli/validate.js';

export interface CommandResult {
  code: number;
  out: string[];
  err: string[];
}

export async function runValidate(argv: string[]): Promise<CommandResult> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await validate(argv, { out: (line) => out.push(line), err: (line) => err.push(line) });
  return { code, out, err };
}

/** Runs a package script (`pnpm <script> ...args`) as a child process from the repository root. */
export function runScript(
  script: string,
  args: string[],
  env: NodeJS.ProcessEnv = process.env,
): Promise<CommandResult> {
  return new Promise((resolve) => {
    execFile('pnpm', ['-s', script, ...args], { env, timeout: 60_000 }, (error, stdout, stderr) => {
      const code = error === null ? 0 : typeof error.code === 'number' ? error.code : 1;
      const lines = (text: string) => text.split('\n').filter((line) => line.length > 0);
      resolve({ code, out: lines(stdout), err: lines(stderr) });
    });
  });
}

/** Writes files into a fresh temporary folder and returns its path. */
export async function tempFolder(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'agents-'));
  for (const [name, text] of Object.entries(files)) await writeFile(join(dir, name), text);
  return dir;
}
