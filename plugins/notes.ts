// Built-in plugin `notes`: meeting notes kept as one Markdown file per room under the data folder
// (`<data>/notes/<room>.md`). Room names are made safe for file names; notes survive the session.
import { createHash } from 'node:crypto';
import { appendFile, mkdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { definePlugin, defineTool } from '../src/registry/plugin.js';
import type { ToolContext } from '../src/tools/context.js';

/**
 * A file name for a room: unsafe characters become `_`; when anything had to change, a short hash of
 * the real name is appended so two rooms never share a file.
 */
export function roomFileName(room: string): string {
  const safe = room.replace(/[^a-zA-Z0-9_-]/g, '_').slice(0, 80);
  if (safe === room && safe.length > 0) return `${safe}.md`;
  const hash = createHash('sha256').update(room).digest('hex').slice(0, 8);
  return `${safe}-${hash}.md`;
}

export function notesFile(ctx: Pick<ToolContext, 'dataDir' | 'room'>): string {
  return join(ctx.dataDir, 'notes', roomFileName(ctx.room.name));
}

async function readNotes(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return '';
    throw error;
  }
}

const add = defineTool({
  name: 'add',
  description: 'Adds a line to the meeting notes of this call (decisions, action items, things to remember).',
  parameters: z.object({ text: z.string().min(1).max(2000).describe('The note, one line') }),
  execute: async ({ text }, ctx) => {
    const file = notesFile(ctx);
    await mkdir(join(ctx.dataDir, 'notes'), { recursive: true });
    const time = new Date().toISOString().slice(11, 16);
    const who = ctx.participant ? ` (${ctx.participant.name || ctx.participant.identity})` : '';
    await appendFile(file, `- ${time} UTC${who}: ${text.replace(/\s+/g, ' ').trim()}\n`);
    return 'Noted.';
  },
});

const read = defineTool({
  name: 'read',
  description: 'Reads back the meeting notes of this call.',
  parameters: z.object({}),
  execute: async (_args, ctx) => {
    const notes = await readNotes(notesFile(ctx));
    return notes.length > 0 ? notes : 'There are no notes yet.';
  },
});

const clear = defineTool({
  name: 'clear',
  description: 'Deletes all meeting notes of this call. Only when explicitly asked.',
  parameters: z.object({}),
  execute: async (_args, ctx) => {
    await rm(notesFile(ctx), { force: true });
    return 'The notes are cleared.';
  },
});

export default definePlugin({
  name: 'notes',
  description: 'Meeting notes per room',
  tools: [add, read, clear],
});
