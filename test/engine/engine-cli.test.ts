// `pnpm engine` as a developer runs it: it prints where it listens and, with --tls, the certificate to
// trust; a separate process that trusts it through NODE_EXTRA_CA_CERTS reaches it with the official
// SDK client untouched. Bad arguments are refused with a message naming them.
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const tsx = join(root, 'node_modules/.bin/tsx');
const run = promisify(execFile);
const started: ChildProcess[] = [];

afterEach(() => {
  for (const child of started.splice(0)) if (child.exitCode === null) child.kill('SIGTERM');
});

/** Starts the CLI and resolves with its output once it has printed `lines` lines. */
function startCli(args: string[], lines: number): Promise<string[]> {
  const child = spawn(tsx, ['src/cli/engine.ts', ...args], {
    cwd: root,
    env: { ...process.env, LOG_LEVEL: 'warn' },
  });
  started.push(child);
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const printed = out.split('\n').filter((l) => !l.startsWith('{'));
      if (printed.length > lines) resolve(printed);
    });
    child.on('exit', (code) => reject(new Error(`engine exited with ${code}: ${out}`)));
  });
}

describe('pnpm engine', () => {
  it('serves wss:// with a generated certificate that NODE_EXTRA_CA_CERTS makes trusted', async () => {
    const output = await startCli(['--port', '0', '--tls'], 3);
    const listening = /^listening on wss:\/\/127\.0\.0\.1:(\d+)$/.exec(output[0]!);
    expect(listening).not.toBeNull();
    const certPath = /^certificate (\S+)/.exec(output[2]!)?.[1];
    expect(certPath).toMatch(/engine-cert\.pem$/);
    const client = `
      import OpenAI from 'openai';
      import { OpenAIRealtimeWS } from 'openai/realtime/ws';
      const rt = new OpenAIRealtimeWS({ model: 'gpt-realtime' }, new OpenAI({ apiKey: 'sk-x', baseURL: 'https://127.0.0.1:${listening![1]}/v1' }));
      rt.on('session.created', (e) => { console.log(e.session.model); rt.close(); });
      rt.on('error', (e) => { console.error(e.message); process.exit(1); });`;
    const { stdout } = await run(process.execPath, ['--input-type=module', '-e', client], {
      cwd: root,
      env: { ...process.env, NODE_EXTRA_CA_CERTS: certPath },
    });
    expect(stdout.trim()).toBe('gpt-realtime');
  });

  it('loads a script file for --behaviour script', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'engine-cli-'));
    const script = join(dir, 'turns.json');
    await writeFile(script, JSON.stringify({ turns: [{ call: 'ping' }] }));
    const output = await startCli(['--port', '0', '--behaviour', 'script', '--script', script], 2);
    expect(output[0]).toMatch(/^listening on ws:\/\/127\.0\.0\.1:\d+$/);
  });

  it('refuses bad arguments, naming them', async () => {
    const failure = await run(tsx, ['src/cli/engine.ts', '--behaviour', 'script'], { cwd: root }).catch(
      (e: { code: number; stderr: string }) => e,
    );
    expect(failure).toMatchObject({ code: 2 });
    expect((failure as { stderr: string }).stderr).toContain('--behaviour script needs --script FILE');
    const badScript = join(await mkdtemp(join(tmpdir(), 'engine-cli-')), 'bad.yaml');
    await writeFile(badScript, 'turns:\n  - shout: hi\n');
    const invalid = await run(tsx, ['src/cli/engine.ts', '--behaviour', 'script', '--script', badScript], {
      cwd: root,
    }).catch((e: { code: number; stderr: string }) => e);
    expect(invalid).toMatchObject({ code: 1 });
    expect((invalid as { stderr: string }).stderr).toContain(`${badScript} is invalid`);
  });
});
