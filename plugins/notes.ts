// Built-in plugin `notes`: meeting notes kept as one Markdown file in the agent's data folder
// (`<data folder of its scope>/notes.md`: each room its own unless the definition's `data_scope` shares
// them). Each line names who asked, and every line is one line: names and text are made safe, so nothing
// said or chosen as a display name can forge a note. Clearing the notes is restricted (see tool_guards).
import { appendFile, mkdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { definePlugin, defineTool, neutralizeInsertedText, neutralizeName } from '../src/registry/plugin.js';
import type { ToolContext } from '../src/tools/context.js';

const NOTE_MAX = 2000;

export function notesFile(ctx: Pick<ToolContext, 'dataDir'>): string {
  return join(ctx.dataDir, 'notes.md');
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
  parameters: z.object({ text: z.string().min(1).max(NOTE_MAX).describe('The note, one line') }),
  execute: async ({ text }, ctx) => {
    const note = neutralizeInsertedText(text, NOTE_MAX);
    if (note === '') return 'Nothing to note: the text was empty once made safe.';
    await mkdir(ctx.dataDir, { recursive: true });
    const time = new Date().toISOString().slice(11, 16);
    const who = ctx.participant ? neutralizeName(ctx.participant.name) : '';
    await appendFile(notesFile(ctx), `- ${time} UTC${who ? ` (${who})` : ''}: ${note}\n`);
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
  restricted: true,
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
