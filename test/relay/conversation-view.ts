// Reads the model's side of a room conversation from the engine: the user turns it holds, each with the
// speaker its label names, the length of its audio and its transcript, in conversation order. A live
// turn is an audio item preceded by a label item; a buffered turn carries its label in the same item.
import type { RunningEngine } from '../../src/engine/index.js';

export interface HeldTurn {
  /** Identity named by the turn's label (undefined: unlabelled). */
  speaker: string | undefined;
  label: string | undefined;
  audioMs: number;
  transcript: string | null | undefined;
  /** Whether the label travelled in the same item as the audio (a buffered turn). */
  buffered: boolean;
}

const LABEL = /^\[speaker: (.+?)(?: \(id (.+)\))?\]$/;

function identityOf(label: string | undefined): string | undefined {
  const match = label === undefined ? null : LABEL.exec(label);
  return match ? (match[2] ?? match[1]) : undefined;
}

/** The one open session's conversation (the agent's), as user turns. */
export function heldTurns(engine: RunningEngine): HeldTurn[] {
  const open = engine.sessions().filter((session) => session.open);
  if (open.length !== 1) throw new Error(`expected one open model session, found ${open.length}`);
  return turnsOf(open[0]!.items);
}

export function turnsOf(items: ReturnType<RunningEngine['sessions']>[number]['items']): HeldTurn[] {
  const turns: HeldTurn[] = [];
  let pendingLabel: string | undefined;
  for (const item of items) {
    if (item.type !== 'message' || item.role !== 'user') {
      pendingLabel = undefined;
      continue;
    }
    const text = item.content.find((part) => part.type === 'input_text')?.text;
    const audio = item.content.find((part) => part.type === 'input_audio');
    if (!audio) {
      pendingLabel = text;
      continue;
    }
    const label = text ?? pendingLabel;
    turns.push({
      speaker: identityOf(label),
      label,
      audioMs: item.audioMs,
      transcript: audio.transcript,
      buffered: text !== undefined,
    });
    pendingLabel = undefined;
  }
  return turns;
}

/**
 * Consecutive turns of one speaker joined into one (the model's turn detection may split a sentence at a
 * pause): who spoke, in order, and how much audio of theirs the model holds for each stretch.
 */
export function stretches(turns: HeldTurn[]): { speaker: string | undefined; audioMs: number }[] {
  const joined: { speaker: string | undefined; audioMs: number }[] = [];
  for (const turn of turns) {
    const last = joined.at(-1);
    if (last && last.speaker === turn.speaker) last.audioMs += turn.audioMs;
    else joined.push({ speaker: turn.speaker, audioMs: turn.audioMs });
  }
  return joined;
}
