// Cleanup for a test attempt that fails: a room test is retried once, and its retry must start clean, with
// no agent, person or worker of the failed attempt still in a room or holding a port.
import { expect, onTestFailed } from 'vitest';

/**
 * Runs `undo` if the test attempt running now fails (outside a test, as in `beforeAll`: never). Undos run
 * in reverse order of registration, as vitest runs its hooks: people leave before their worker stops.
 */
export function ifAttemptFails(undo: () => Promise<unknown>): void {
  if (expect.getState().currentTestName === undefined) return;
  onTestFailed(async () => {
    await undo().catch(() => undefined);
  });
}
