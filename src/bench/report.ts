// The bench's output: the JSON report (its shape as a zod schema, so a test can hold it to its promise),
// the markdown summary with the targets checked, and the aligned table printed on the terminal.
// Figures that could not be measured are null, never zero.
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { z } from 'zod';
import type { BenchRow } from './suite.js';

const ms = z.number().nullable();

const latencyFigures = z.object({
  p50_ms: ms,
  p95_ms: ms,
  max_ms: ms,
  turns: z.int(),
  /** Turns with no answer heard in time. */
  missed: z.int(),
  /** Turns slower than the row's median by a second or more. */
  tail_turns: z.int(),
  /** Before subtracting the silence window. */
  raw_p50_ms: ms,
  raw_p95_ms: ms,
  ratio_to_floor_p50: z.number().nullable(),
  /** How long after the room saw lk.agent.state turn to speaking the audio was heard, p95. */
  state_to_audio_p95_ms: ms,
  /** Why the row could not be measured, when it could not. */
  error: z.string().optional(),
});
export type LatencyFigures = z.infer<typeof latencyFigures>;

const usage = { cpu_pct: z.number().nullable(), rss_mb: z.number().nullable() };

const loadFigures = z.object({
  p50_ms: ms,
  p95_ms: ms,
  turns: z.int(),
  missed: z.int(),
  /** CPU of every process the framework runs, % of one core. */
  ...usage,
  pss_mb: z.number().nullable(),
  rss_per_room_mb: z.number().nullable(),
  processes: z.int(),
  engine: z.object(usage),
});
export type LoadFigures = z.infer<typeof loadFigures>;

const densityLevel = z.object({
  rooms: z.int(),
  talkers_per_room: z.int(),
  mode: z.enum(['single', 'shared']),
  project: loadFigures.nullable(),
  peer: loadFigures.nullable(),
  peer_skipped: z.string().optional(),
  /** Why a framework's figures are missing at this level, when they are. */
  errors: z.record(z.string(), z.string()).optional(),
});
export type DensityLevel = z.infer<typeof densityLevel>;

const sharedRoomFigures = loadFigures.extend({ talkers: z.int() });
export type SharedRoomFigures = z.infer<typeof sharedRoomFigures>;

const dispatchFigures = z.object({
  p50_ms: ms,
  p95_ms: ms,
  n: z.int(),
  missed: z.int(),
  /** Where the time went, p50 from the request: the agent seen in the room, its voice subscribed. */
  joined_p50_ms: ms,
  subscribed_p50_ms: ms,
});
export type DispatchFigures = z.infer<typeof dispatchFigures>;

const toolFigures = z.object({ p50_ms: ms, p95_ms: ms, n: z.int(), missed: z.int() });
export type ToolFigures = z.infer<typeof toolFigures>;

const audioPathFigures = z.object({
  /**
   * µs of this process per 20 ms frame converting samples to the wire's base64 and back (PCM16 24 kHz):
   * the measure of the first figure.
   */
  frame_us: z.object({ in: z.number().nullable(), out: z.number().nullable() }),
  /** The whole path with the protocol: speaker routing, JSON, the WebSocket send and receive, playout. */
  wire_us: z.object({ in: z.number().nullable(), out: z.number().nullable() }),
  paths: z.array(
    z.object({
      path: z.string(),
      us_per_frame: z.number().nullable(),
      ratio_to_copy: z.number().nullable(),
      core_pct: z.number().nullable(),
    }),
  ),
});
export type AudioPathFigures = z.infer<typeof audioPathFigures>;

const roundTrip = z.object({ p50_ms: ms, p95_ms: ms, n: z.int() });

export const benchSectionsSchema = z.object({
  latency: z.object({
    silence_window_ms: z.number(),
    turns_per_row: z.int(),
    project: latencyFigures,
    floor: latencyFigures,
    peer: latencyFigures,
  }),
  density: z.array(densityLevel),
  shared_room: z.array(sharedRoomFigures),
  dispatch: dispatchFigures.extend({ peer: dispatchFigures }),
  audio: audioPathFigures,
  tools: z.object({ local: toolFigures, mcp_stdio: toolFigures }),
  loopback: z.object({
    ws_echo: roundTrip,
    commit_to_first_audio: roundTrip,
    commit_to_committed: roundTrip,
  }),
});
export type BenchSections = z.infer<typeof benchSectionsSchema>;

const target = z.object({ target: z.string(), figure: z.string(), met: z.boolean().nullable() });
export type TargetCheck = z.infer<typeof target>;

const loadAverages = z.tuple([z.number(), z.number(), z.number()]);

export const benchReportSchema = benchSectionsSchema.partial().extend({
  version: z.literal(1),
  started_at: z.string(),
  finished_at: z.string(),
  duration_s: z.number(),
  quick: z.boolean(),
  suites: z.array(z.string()),
  machine: z.object({
    node: z.string(),
    platform: z.string(),
    cpus: z.int(),
    cpu: z.string(),
    memory_gb: z.number(),
  }),
  /** The machine's load averages (1, 5, 15 min) before and after the run; it is shared. */
  load: z.object({ before: loadAverages, after: loadAverages }),
  targets: z.array(target),
  /** Suites that failed, with why. */
  failures: z.array(z.string()),
  rows: z.array(
    z.object({
      suite: z.string(),
      metric: z.string(),
      unit: z.string(),
      value: z.number().optional(),
      p50: z.number().optional(),
      p95: z.number().optional(),
      samples: z.int().optional(),
      ratio: z.number().optional(),
      baseline: z.string().optional(),
    }),
  ),
});
export type BenchReport = z.infer<typeof benchReportSchema>;

const show = (value: number | null | undefined, unit = '') =>
  value === null || value === undefined || Number.isNaN(value) ? 'n/a' : `${value}${unit}`;

/** The targets, checked against the report's figures (null where a figure is missing). */
export function checkTargets(sections: Partial<BenchSections>): TargetCheck[] {
  const checks: TargetCheck[] = [];
  const check = (name: string, figure: string, met: boolean | null) =>
    checks.push({ target: name, figure, met });
  const known = (...values: (number | null | undefined)[]) => values.every((v) => typeof v === 'number');
  const { latency, density, dispatch, audio, shared_room } = sections;
  if (latency) {
    const { project, floor, peer } = latency;
    check(
      'latency p50 within 1.2x of the floor',
      `project ${show(project.p50_ms, ' ms')} / floor ${show(floor.p50_ms, ' ms')} = ${show(project.ratio_to_floor_p50, 'x')}`,
      known(project.ratio_to_floor_p50) ? project.ratio_to_floor_p50! <= 1.2 : null,
    );
    check(
      'latency below the peer at p50 and p95',
      `p50 ${show(project.p50_ms)} vs ${show(peer.p50_ms)} ms, p95 ${show(project.p95_ms)} vs ${show(peer.p95_ms)} ms`,
      known(project.p50_ms, peer.p50_ms, project.p95_ms, peer.p95_ms)
        ? project.p50_ms! < peer.p50_ms! && project.p95_ms! < peer.p95_ms!
        : null,
    );
  }
  if (density) {
    const single = density.filter((level) => level.mode === 'single');
    const at = (rooms: number) => single.find((level) => level.rooms === rooms);
    const fifty = at(50)?.project;
    check(
      '50 talking rooms in one worker under 2 GB RSS (engine excluded)',
      fifty ? `${show(fifty.rss_mb, ' MB')}` : 'not measured',
      fifty && known(fifty.rss_mb) ? fifty.rss_mb! < 2048 : null,
    );
    const one = at(1)?.project;
    check(
      'p95 latency at 50 rooms within 1.5x of 1 room',
      fifty && one ? `${show(fifty.p95_ms, ' ms')} vs ${show(one.p95_ms, ' ms')}` : 'not measured',
      fifty && one && known(fifty.p95_ms, one.p95_ms) ? fifty.p95_ms! <= 1.5 * one.p95_ms! : null,
    );
    const twenty = at(20);
    check(
      'memory per room at 20 rooms at most half of the peer',
      twenty?.project && twenty.peer
        ? `${show(twenty.project.rss_per_room_mb, ' MB')} vs ${show(twenty.peer.rss_per_room_mb, ' MB')}`
        : 'not measured',
      twenty?.project && twenty.peer && known(twenty.project.rss_per_room_mb, twenty.peer.rss_per_room_mb)
        ? twenty.project.rss_per_room_mb! <= twenty.peer.rss_per_room_mb! / 2
        : null,
    );
  }
  if (dispatch) {
    check(
      'dispatch to first greeting audio under 500 ms at p50',
      show(dispatch.p50_ms, ' ms'),
      known(dispatch.p50_ms) ? dispatch.p50_ms! < 500 : null,
    );
  }
  if (audio) {
    check(
      'audio path under 20 µs per 20 ms frame each way',
      `conversion in ${show(audio.frame_us.in, ' µs')}, out ${show(audio.frame_us.out, ' µs')}; ` +
        `with JSON and the socket in ${show(audio.wire_us.in, ' µs')}, out ${show(audio.wire_us.out, ' µs')}`,
      known(audio.frame_us.in, audio.frame_us.out)
        ? audio.frame_us.in! < 20 && audio.frame_us.out! < 20
        : null,
    );
  }
  const ten = shared_room?.find((entry) => entry.talkers === 10);
  if (ten) {
    check(
      'shared room: ten talkers under half a core (issue 7)',
      show(ten.cpu_pct, '% of a core'),
      known(ten.cpu_pct) ? ten.cpu_pct! < 50 : null,
    );
  }
  return checks;
}

export function formatTable(rows: readonly BenchRow[]): string {
  const figure = (value: number | undefined, digits: number) =>
    value === undefined || Number.isNaN(value) ? '' : value.toFixed(digits);
  const header = ['suite', 'metric', 'value', 'p50', 'p95', 'unit', 'ratio', 'n'];
  const body = rows.map((row) => [
    row.suite,
    row.metric,
    figure(row.value, 2),
    figure(row.p50, 1),
    figure(row.p95, 1),
    row.unit,
    figure(row.ratio, 2),
    row.samples === undefined ? '' : String(row.samples),
  ]);
  const widths = header.map((title, column) =>
    Math.max(title.length, ...body.map((line) => line[column]!.length)),
  );
  const line = (cells: string[]) =>
    cells
      .map((cell, column) => cell.padEnd(widths[column]!))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...body.map(line)].join('\n');
}

function table(header: string[], lines: string[][]): string {
  return [
    `| ${header.join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...lines.map((cells) => `| ${cells.join(' | ')} |`),
  ].join('\n');
}

/** The markdown summary of a report. */
export function formatMarkdown(report: BenchReport): string {
  const out: string[] = [`# pnpm bench${report.quick ? ' --quick' : ''}: ${report.started_at}`, ''];
  const { machine, load } = report;
  out.push(
    `${machine.cpus} × ${machine.cpu}, ${machine.memory_gb} GB, Node ${machine.node}. Took ${report.duration_s} s. ` +
      `Load average (1/5/15 min) before ${load.before.join(' / ')}, after ${load.after.join(' / ')}.`,
    '',
  );
  if (report.failures.length > 0) {
    out.push('## Suites that failed', '', ...report.failures.map((failure) => `- ${failure}`), '');
  }
  if (report.targets.length > 0) {
    out.push('## Targets', '');
    out.push(
      table(
        ['target', 'figure', 'met'],
        report.targets.map((t) => [
          t.target,
          t.figure,
          t.met === null ? 'not measured' : t.met ? 'yes' : 'no',
        ]),
      ),
      '',
    );
  }
  if (report.latency) {
    const { latency } = report;
    out.push(
      '## Latency',
      '',
      `End of speech to the first answer audio heard by a second participant; the engine answers at once. ` +
        `The engine's silence window (${latency.silence_window_ms} ms) is subtracted. ${latency.turns_per_row} turns per row, alternating.`,
      '',
    );
    out.push(
      table(
        [
          'row',
          'p50 ms',
          'p95 ms',
          'max ms',
          'x floor (p50)',
          'tail turns',
          'missed',
          'state → audio p95 ms',
        ],
        (['project', 'floor', 'peer'] as const).map((name) => {
          const row = latency[name];
          return [
            name,
            show(row.p50_ms),
            show(row.p95_ms),
            show(row.max_ms),
            show(row.ratio_to_floor_p50),
            String(row.tail_turns),
            String(row.missed),
            show(row.state_to_audio_p95_ms),
          ];
        }),
      ),
      '',
    );
    for (const name of ['project', 'floor', 'peer'] as const)
      if (latency[name].error) out.push(`- ${name}: not measured: ${latency[name].error}`, '');
  }
  if (report.density) {
    out.push(
      '## Density',
      '',
      'CPU is % of one core; RSS is every process the framework runs (the engine apart).',
      '',
    );
    const cells = (figures: LoadFigures | null, skipped?: string) =>
      figures
        ? [
            show(figures.p50_ms),
            show(figures.p95_ms),
            show(figures.cpu_pct),
            show(figures.rss_mb),
            show(figures.rss_per_room_mb),
          ]
        : [skipped ? 'skipped' : 'n/a', '', '', '', ''];
    out.push(
      table(
        [
          'rooms',
          'talkers/room',
          'who',
          'p50 ms',
          'p95 ms',
          'CPU %',
          'RSS MB',
          'MB/room',
          'engine CPU %',
          'engine MB',
        ],
        report.density.flatMap((level) =>
          (['project', 'peer'] as const)
            .filter((name) => level[name] || name === 'project' || level.peer_skipped)
            .map((name) => [
              String(level.rooms),
              `${level.talkers_per_room}${level.mode === 'shared' ? ' (shared)' : ''}`,
              name,
              ...cells(level[name], name === 'peer' ? level.peer_skipped : undefined),
              show(level[name]?.engine.cpu_pct),
              show(level[name]?.engine.rss_mb),
            ]),
        ),
      ),
      '',
    );
    const skipped = report.density.filter((level) => level.peer_skipped);
    for (const level of skipped) out.push(`- peer at ${level.rooms} room(s): ${level.peer_skipped}`);
    for (const level of report.density)
      for (const [who, error] of Object.entries(level.errors ?? {}))
        out.push(`- ${who} at ${level.rooms} room(s): ${error}`);
    if (skipped.length > 0) out.push('');
  }
  if (report.shared_room) {
    out.push('## One shared room as its talkers grow', '');
    out.push(
      table(
        ['talkers', 'CPU % of a core', 'RSS MB', 'p50 ms', 'p95 ms'],
        report.shared_room.map((entry) => [
          String(entry.talkers),
          show(entry.cpu_pct),
          show(entry.rss_mb),
          show(entry.p50_ms),
          show(entry.p95_ms),
        ]),
      ),
      '',
    );
  }
  if (report.dispatch) {
    const { dispatch } = report;
    out.push(
      '## Dispatch',
      '',
      'Dispatch request to the first greeting audio heard, warm worker; and, at p50, to the agent seen in the ' +
        'room and to its voice track subscribed by the listener.',
      '',
    );
    const row = (who: string, figures: DispatchFigures) => [
      who,
      show(figures.p50_ms),
      show(figures.p95_ms),
      String(figures.n),
      String(figures.missed),
      show(figures.joined_p50_ms),
      show(figures.subscribed_p50_ms),
    ];
    out.push(
      table(
        ['who', 'p50 ms', 'p95 ms', 'n', 'missed', 'joined p50 ms', 'subscribed p50 ms'],
        [row('project', dispatch), row('peer', dispatch.peer)],
      ),
      '',
    );
  }
  if (report.audio) {
    out.push(
      '## Audio path',
      '',
      'CPU of this process per 20 ms frame. The conversion rows are the work the target counts (samples to ' +
        "the wire's base64 and back, which cost 80-90 µs with the JavaScript resampler); the in and out rows " +
        'add the realtime protocol: routing, JSON, the WebSocket send or receive, and playout.',
      '',
    );
    out.push(
      table(
        ['path', 'µs/frame', 'x copy', '% of a core per stream'],
        report.audio.paths.map((entry) => [
          entry.path,
          show(entry.us_per_frame),
          show(entry.ratio_to_copy),
          show(entry.core_pct),
        ]),
      ),
      '',
    );
  }
  if (report.tools) {
    out.push('## Tool calls', '', 'Arguments done to output sent, on the wire.', '');
    out.push(
      table(
        ['tool', 'p50 ms', 'p95 ms', 'n'],
        [
          [
            'local (clock.now)',
            show(report.tools.local.p50_ms),
            show(report.tools.local.p95_ms),
            String(report.tools.local.n),
          ],
          [
            'MCP stdio (everything echo)',
            show(report.tools.mcp_stdio.p50_ms),
            show(report.tools.mcp_stdio.p95_ms),
            String(report.tools.mcp_stdio.n),
          ],
        ],
      ),
      '',
    );
  }
  if (report.loopback) {
    const { loopback } = report;
    out.push(
      '## Realtime loopback',
      '',
      'In process: commit to the first audio delta through the realtime client and the engine.',
      '',
    );
    out.push(
      table(
        ['measure', 'p50 ms', 'p95 ms', 'n'],
        [
          [
            'bare ws echo',
            show(loopback.ws_echo.p50_ms),
            show(loopback.ws_echo.p95_ms),
            String(loopback.ws_echo.n),
          ],
          [
            'commit -> first audio delta',
            show(loopback.commit_to_first_audio.p50_ms),
            show(loopback.commit_to_first_audio.p95_ms),
            String(loopback.commit_to_first_audio.n),
          ],
          [
            'commit -> committed',
            show(loopback.commit_to_committed.p50_ms),
            show(loopback.commit_to_committed.p95_ms),
            String(loopback.commit_to_committed.n),
          ],
        ],
      ),
      '',
    );
  }
  return `${out.join('\n')}\n`;
}

export async function writeText(path: string, text: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, text);
}
