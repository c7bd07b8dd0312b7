// An agent's time limits: it ends after max_duration whatever happens, and leaves after idle_timeout of
// nobody speaking, each time someone speaks the idle clock starts again. Fake timers, one module.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type LimitReason, SessionLimits } from '../../src/relay/limits.js';

describe('session limits', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('leaves after the idle timeout, counted from the last activity', () => {
    const reached: LimitReason[] = [];
    const limits = new SessionLimits({ idleTimeoutMs: 2_000 }, (reason) => reached.push(reason));
    limits.start();
    vi.advanceTimersByTime(1_500);
    limits.activity();
    vi.advanceTimersByTime(1_500);
    expect(reached).toEqual([]);
    vi.advanceTimersByTime(600);
    expect(reached).toEqual(['idle_timeout']);
  });

  it('ends at the maximum duration even while people talk, and only once', () => {
    const reached: LimitReason[] = [];
    const limits = new SessionLimits({ maxDurationMs: 10_000, idleTimeoutMs: 3_000 }, (reason) =>
      reached.push(reason),
    );
    limits.start();
    for (let t = 0; t < 12; t += 1) {
      vi.advanceTimersByTime(1_000);
      limits.activity();
    }
    expect(reached).toEqual(['max_duration']);
    vi.advanceTimersByTime(60_000);
    expect(reached).toEqual(['max_duration']);
  });

  it('does nothing without limits, and nothing after close', () => {
    const reached: LimitReason[] = [];
    new SessionLimits({}, (reason) => reached.push(reason)).start();
    const closed = new SessionLimits({ maxDurationMs: 1_000 }, (reason) => reached.push(reason));
    closed.start();
    closed.close();
    vi.advanceTimersByTime(10_000);
    expect(reached).toEqual([]);
  });
});
