// Where a running agent's plugins keep their data: a folder under the framework's data folder, per room
// by default (`rooms/<room>`), per agent (`agents/<agent>`) or shared by everything (the data folder
// itself) when the definition's `data_scope` says so. Names become safe folder names: what had to change
// gets a short hash of the real name, so two rooms never share a folder and no name escapes the data folder.
import { createHash } from 'node:crypto';
import { join } from 'node:path';

export type DataScope = 'room' | 'agent' | 'global';

/** A folder or file name for `name`: unsafe characters become `_`, with a hash of the name when any did. */
export function safeFileName(name: string): string {
  const safe = name.replace(/[^a-zA-Z0-9_-]/g, '_').slice(0, 80);
  if (safe === name && safe.length > 0) return safe;
  const hash = createHash('sha256').update(name).digest('hex').slice(0, 8);
  return `${safe}-${hash}`;
}

/** The data folder of one running agent. */
export function scopedDataDir(base: string, scope: DataScope, ids: { room: string; agent: string }): string {
  switch (scope) {
    case 'room':
      return join(base, 'rooms', safeFileName(ids.room));
    case 'agent':
      return join(base, 'agents', safeFileName(ids.agent));
    case 'global':
      return base;
  }
}
