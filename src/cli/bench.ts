// `pnpm bench [--quick] [--only suite,...] [--turns N] [--levels 1,5,10] [--peer-max-rooms N]
//             [--wav F] [--json PATH] [--md PATH] [--max-load X]`: measures latency, density, dispatch,
// the audio path and tool calls against the floor and LiveKit's own agents (README: "pnpm bench"), prints
// a table and the targets, and writes JSON and markdown (default bench-results/, git-ignored).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { pino } from 'pino';
import { z } from 'zod';

const SUITES = ['audio-path', 'loopback', 'latency', 'dispatch', 'tools', 'density', 'memory'];
const SPEECH = 'test/fixtures/speech';
const USAGE = `usage: pnpm bench [--quick] [--only ${SUITES.join(',')}] [--turns N] [--levels 1,5,10,20,50]
                  [--peer-max-rooms N] [--wav talker.wav] [--json PATH] [--md PATH] [--max-load X]`;

const list = (what: string) =>
  z
    .string()
    .transform((text) =>
      text
        .split(',')
        .map((part) => part.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.string()).min(1, `${what} needs at least one entry`));

const argsSchema = z.object({
  quick: z.boolean().default(false),
  only: list('--only')
    .refine(
      (names) => names.every((name) => SUITES.includes(name)),
      `--only takes suites among ${SUITES.join(', ')}`,
    )
    .optional(),
  turns: z.coerce.number().int().min(1).optional(),
  levels: list('--levels')
    .transform((parts) => parts.map(Number))
    .pipe(z.array(z.int('--levels takes whole numbers of rooms').min(1).max(500)))
    .optional(),
  'peer-max-rooms': z.coerce.number().int().min(0).optional(),
  wav: z.string().refine(existsSync, 'no such file').optional(),
  json: z.string().optional(),
  md: z.string().optional(),
  'max-load': z.coerce.number().positive().optional(),
  help: z.boolean().default(false),
});

function usageError(message: string): never {
  console.error(`pnpm bench: ${message}\n${USAGE}`);
  process.exit(2);
}

/** Waits until the machine's 1-minute load average is under `max` (it is shared with other work). */
async function quietMachine(max: number): Promise<void> {
  const deadline = Date.now() + 60 * 60_000;
  while (loadavg()[0]! >= max) {
    if (Date.now() > deadline) usageError(`the load average stayed above ${max} for an hour`);
    console.error(`waiting for the load average (${loadavg()[0]!.toFixed(2)}) to fall under ${max}`);
    await new Promise((resolve) => setTimeout(resolve, 30_000));
  }
}

async function main(): Promise<void> {
  let raw: Record<string, unknown>;
  try {
    raw = parseArgs({
      options: {
        quick: { type: 'boolean' },
        only: { type: 'string' },
        turns: { type: 'string' },
        levels: { type: 'string' },
        'peer-max-rooms': { type: 'string' },
        wav: { type: 'string' },
        json: { type: 'string' },
        md: { type: 'string' },
        'max-load': { type: 'string' },
        help: { type: 'boolean' },
      },
    }).values;
  } catch (error) {
    usageError((error as Error).message);
  }
  const parsed = argsSchema.safeParse(raw);
  if (!parsed.success) usageError(z.prettifyError(parsed.error));
  const args = parsed.data;
  if (args.help) {
    console.log(USAGE);
    return;
  }
  if (!existsSync(`${SPEECH}/short-48k.wav`))
    execFileSync('bash', ['test/fixtures/make-speech.sh'], { stdio: 'inherit' });
  if (args['max-load'] !== undefined) await quietMachine(args['max-load']);

  // rtc-node logs at debug level to stdout unless NODE_ENV is production; it reads it when loaded, so
  // the bench (and the processes it starts) set it before loading anything that loads rtc-node.
  process.env.NODE_ENV ||= 'production';
  const { runBench } = await import('../bench/run.js');
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const base = `bench-results/bench-${args.quick ? 'quick-' : ''}${stamp}`;
  await runBench({
    quick: args.quick,
    only: args.only,
    turns: args.turns ?? (args.quick ? 3 : 50),
    levels: args.levels ?? (args.quick ? [2] : [1, 5, 10, 20, 50]),
    peerMaxRooms: args['peer-max-rooms'] ?? (args.quick ? 0 : 20),
    talkerWav: args.wav ?? `${SPEECH}/short-48k.wav`,
    replyWav: `${SPEECH}/short-24k.wav`,
    audioWav: `${SPEECH}/hello-48k.wav`,
    jsonPath: args.json ?? `${base}.json`,
    mdPath: args.md ?? `${base}.md`,
    logger: pino({ level: process.env.LOG_LEVEL ?? 'warn' }, pino.destination(2)),
  });
  // rtc-node and child pipes can keep the event loop alive; the run is over.
  process.exit(process.exitCode ?? 0);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
