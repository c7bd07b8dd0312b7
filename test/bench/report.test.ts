// The bench report's shape: the JSON carries what the issue asks of it (latency rows, density levels,
// dispatch, audio path), null for what could not be measured, the targets checked against the figures,
// and a markdown summary with every section.
import { describe, expect, it } from 'vitest';
import {
  type BenchReport,
  benchReportSchema,
  checkTargets,
  formatMarkdown,
  formatTable,
} from '../../src/bench/report.js';

const latencyRow = (p50: number, p95: number) => ({
  p50_ms: p50,
  p95_ms: p95,
  max_ms: p95 + 10,
  turns: 50,
  missed: 0,
  tail_turns: 0,
  raw_p50_ms: p50 + 500,
  raw_p95_ms: p95 + 500,
  ratio_to_floor_p50: p50 / 200,
  state_to_audio_p95_ms: 40,
});

const load = (p95: number, rssMb: number, rooms: number) => ({
  p50_ms: p95 - 50,
  p95_ms: p95,
  turns: 100,
  missed: 0,
  cpu_pct: 40,
  rss_mb: rssMb,
  pss_mb: rssMb - 10,
  rss_per_room_mb: rssMb / rooms,
  processes: 1,
  engine: { cpu_pct: 20, rss_mb: 150 },
});

function report(): BenchReport {
  return {
    version: 1,
    started_at: '2026-11-30T20:00:00.000Z',
    finished_at: '2026-11-30T20:30:00.000Z',
    duration_s: 1_800,
    quick: false,
    suites: ['latency', 'density', 'dispatch', 'audio-path'],
    machine: { node: 'v20.20.2', platform: 'linux', cpus: 2, cpu: 'test cpu', memory_gb: 24 },
    load: { before: [0.5, 0.6, 0.7], after: [1.1, 0.9, 0.8] },
    targets: [],
    failures: [],
    rows: [{ suite: 'latency', metric: 'project', unit: 'ms', p50: 220, p95: 260, samples: 50 }],
    latency: {
      silence_window_ms: 500,
      turns_per_row: 50,
      project: latencyRow(220, 260),
      floor: latencyRow(200, 240),
      peer: latencyRow(300, 900),
    },
    density: [
      { rooms: 1, talkers_per_room: 1, mode: 'single', project: load(250, 180, 1), peer: load(300, 900, 1) },
      {
        rooms: 20,
        talkers_per_room: 1,
        mode: 'single',
        project: load(300, 600, 20),
        peer: load(400, 6_000, 20),
      },
      {
        rooms: 50,
        talkers_per_room: 1,
        mode: 'single',
        project: load(360, 1_200, 50),
        peer: null,
        peer_skipped: 'not run',
      },
      { rooms: 1, talkers_per_room: 10, mode: 'shared', project: load(300, 250, 1), peer: null },
    ],
    dispatch: {
      p50_ms: 350,
      p95_ms: 420,
      n: 20,
      missed: 0,
      joined_p50_ms: 200,
      subscribed_p50_ms: 320,
      peer: { p50_ms: 900, p95_ms: 1_300, n: 20, missed: 0, joined_p50_ms: 600, subscribed_p50_ms: 850 },
    },
    audio: {
      frame_us: { in: 12.5, out: 9.1 },
      wire_us: { in: 45, out: 150 },
      paths: [{ path: 'in', us_per_frame: 12.5, ratio_to_copy: 15, core_pct: 0.06 }],
    },
  };
}

describe('the bench report', () => {
  it('carries the figures the issue asks for', () => {
    const parsed = benchReportSchema.parse(JSON.parse(JSON.stringify(report())));
    for (const row of ['project', 'floor', 'peer'] as const) {
      expect(parsed.latency?.[row]).toMatchObject({ p50_ms: expect.any(Number), p95_ms: expect.any(Number) });
    }
    for (const level of parsed.density ?? []) {
      expect(level).toHaveProperty('rooms');
      expect(level).toHaveProperty('project');
      expect(level).toHaveProperty('peer');
      for (const who of [level.project, level.peer]) {
        if (who) expect(Object.keys(who)).toEqual(expect.arrayContaining(['p95_ms', 'cpu_pct', 'rss_mb']));
      }
    }
    expect(parsed.dispatch).toMatchObject({ p50_ms: 350, p95_ms: 420 });
    expect(parsed.audio?.frame_us).toEqual({ in: 12.5, out: 9.1 });
  });

  it('refuses a report whose latency row lacks its percentiles', () => {
    const broken = report() as unknown as { latency: { peer: Record<string, unknown> } };
    delete broken.latency.peer.p95_ms;
    expect(benchReportSchema.safeParse(broken).success).toBe(false);
  });

  it('keeps figures that could not be measured as null', () => {
    const value = report();
    value.latency!.peer.p95_ms = null;
    expect(benchReportSchema.safeParse(value).success).toBe(true);
    const target = checkTargets(value).find((check) => check.target.startsWith('latency below the peer'));
    expect(target?.met).toBeNull();
  });

  it('checks the targets against the figures', () => {
    const targets = Object.fromEntries(checkTargets(report()).map((check) => [check.target, check.met]));
    expect(targets['latency p50 within 1.2x of the floor']).toBe(true);
    expect(targets['latency below the peer at p50 and p95']).toBe(true);
    expect(targets['50 talking rooms in one worker under 2 GB RSS (engine excluded)']).toBe(true);
    expect(targets['p95 latency at 50 rooms within 1.5x of 1 room']).toBe(true);
    expect(targets['memory per room at 20 rooms at most half of the peer']).toBe(true);
    expect(targets['dispatch to first greeting audio under 500 ms at p50']).toBe(true);
    expect(targets['audio path under 20 µs per 20 ms frame each way']).toBe(true);
  });

  it('says when a target is missed', () => {
    const value = report();
    value.latency!.project = { ...value.latency!.project, p50_ms: 400, ratio_to_floor_p50: 2 };
    value.audio!.frame_us.in = 85;
    const targets = Object.fromEntries(checkTargets(value).map((check) => [check.target, check.met]));
    expect(targets['latency p50 within 1.2x of the floor']).toBe(false);
    expect(targets['audio path under 20 µs per 20 ms frame each way']).toBe(false);
  });

  it('summarises every section in markdown, and the rows as a table', () => {
    const value = report();
    value.targets = checkTargets(value);
    const markdown = formatMarkdown(value);
    for (const heading of ['## Targets', '## Latency', '## Density', '## Dispatch', '## Audio path'])
      expect(markdown).toContain(heading);
    expect(markdown).toContain('| project | 220 | 260 |');
    expect(markdown).toContain('peer at 50 room(s): not run');
    expect(formatTable(value.rows).split('\n')).toHaveLength(3);
  });
});
