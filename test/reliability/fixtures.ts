// Pieces the reliability scenarios share: an engine behaviour that answers every turn (echoing it, and on
// the turns it is told to, calling a tool first) while recording what it saw, a plugin project with a
// slow tool, and the long-run flag.

import type { Behaviour } from '../../src/engine/index.js';
import { echoBehaviour } from '../../src/engine/index.js';
import { pluginApi, pluginProject } from '../tools/plugin-folder.js';

/** Long scenarios (100 socket drops, a 10-minute conversation) run in full only with ROOMVOICE_LONG_TESTS=1. */
export const LONG_RUN = process.env.ROOMVOICE_LONG_TESTS === '1';

export interface ConversationRecord {
  /** For each reply the behaviour gave: how many user turns the engine's conversation held. */
  userTurnsSeen: number[];
  /** Tool results the engine was given, in order. */
  toolOutputs: string[];
  /** Text parts of user items (speaker labels in mode shared), as the engine holds them. */
  userTexts: string[];
  /** The session instructions at the last reply. */
  instructions: string;
}

/** A tool call the model makes: its wire name and arguments. */
export interface PlannedCall {
  name: string;
  arguments?: Record<string, unknown>;
}

/**
 * Echoes each turn back (the echo behaviour); when `toolFor(userTurn)` names a call, that user turn
 * (counted from 1) is first answered with the call, and its result is then read out.
 */
export function recordingEcho(
  toolFor: (userTurn: number) => PlannedCall | undefined,
): Behaviour & { record: ConversationRecord } {
  const echo = echoBehaviour();
  const record: ConversationRecord = { userTurnsSeen: [], toolOutputs: [], userTexts: [], instructions: '' };
  return {
    name: 'recording-echo',
    record,
    async reply(turn) {
      const items = turn.items.map((stored) => stored.item);
      const userTurns = items.filter((item) => item.type === 'message' && item.role === 'user').length;
      record.userTurnsSeen.push(userTurns);
      record.instructions = turn.instructions;
      record.userTexts = items.flatMap((item) =>
        item.type === 'message' && item.role === 'user'
          ? item.content.flatMap((part) =>
              'text' in part && typeof part.text === 'string' ? [part.text] : [],
            )
          : [],
      );
      const last = items.at(-1);
      if (last?.type === 'function_call_output') record.toolOutputs.push(last.output);
      const call = last?.type === 'message' && last.role === 'user' ? toolFor(userTurns) : undefined;
      if (call) {
        return {
          outputs: [
            { type: 'function_call', name: call.name, arguments: JSON.stringify(call.arguments ?? {}) },
          ],
        };
      }
      return echo.reply(turn);
    },
  };
}

/** A project folder whose `plugins/` holds `slow.work` (takes `ms`, then says so) and `faulty.*` tools. */
export function faultsProject(ms = 1_500): Promise<string> {
  return pluginProject({
    'plugins/slow.ts': `${pluginApi}export default definePlugin({ name: 'slow', tools: [defineTool({ name: 'work', description: 'Does slow work', parameters: z.object({}), execute: async () => { await new Promise((resolve) => setTimeout(resolve, ${ms})); return 'the work is done'; } })] });\n`,
    'plugins/faulty.ts': `${pluginApi}export default definePlugin({ name: 'faulty', tools: [
      defineTool({ name: 'hang', description: 'Never returns', parameters: z.object({}), execute: () => new Promise(() => {}) }),
      defineTool({ name: 'boom', description: 'Throws', parameters: z.object({}), execute: () => { throw new Error('the disk is on fire'); } }),
    ] });\n`,
  });
}
