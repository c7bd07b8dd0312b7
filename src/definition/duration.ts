// Duration strings in definitions (`30m`, `2m`, `10s`, `500ms`, `1h30m`) and their value in
// milliseconds. Parsing only; the schema decides which bounds apply to which limit. Environment
// variables holding durations are read with the same syntax.
import { FrameworkError } from '../errors.js';

const UNIT_MS = { h: 3_600_000, m: 60_000, s: 1_000, ms: 1 } as const;
const PART = /(\d+)(ms|h|m|s)/g;
/** A whole duration string: one or more `<digits><unit>` parts. */
export const DURATION_PATTERN = /^(?:\d+(?:ms|h|m|s))+$/;

/** Milliseconds for a duration string, or undefined when it is not one (`1h30m` yes, `30`, `1.5m` no). */
export function parseDuration(text: string): number | undefined {
  if (!DURATION_PATTERN.test(text)) return undefined;
  let total = 0;
  for (const [, amount, unit] of text.matchAll(PART))
    total += Number(amount) * UNIT_MS[unit as keyof typeof UNIT_MS];
  return total;
}

/** The shortest duration string for a number of milliseconds (`90000` -> `1m30s`). */
export function formatDuration(ms: number): string {
  if (ms === 0) return '0s';
  let rest = ms;
  let text = '';
  for (const unit of ['h', 'm', 's', 'ms'] as const) {
    const amount = Math.floor(rest / UNIT_MS[unit]);
    if (amount > 0) text += `${amount}${unit}`;
    rest -= amount * UNIT_MS[unit];
  }
  return text;
}

/** A duration from an environment variable (`fallback` when unset); CONFIG_INVALID when malformed or short. */
export function durationFromEnv(
  env: NodeJS.ProcessEnv,
  variable: string,
  fallback: number,
  minMs: number,
): number {
  const text = env[variable];
  if (!text) return fallback;
  const ms = parseDuration(text);
  if (ms === undefined || ms < minMs)
    throw new FrameworkError(
      'CONFIG_INVALID',
      `${variable}: expected a duration of at least ${formatDuration(minMs)} like 10s, got "${text}"`,
    );
  return ms;
}
