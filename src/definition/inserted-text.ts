// Neutralises outside text (participant names and identities, room metadata) before it is inserted into
// text the model reads (instructions, speaker labels, tool results) or into files tools write, so a
// display name cannot smuggle instructions or forge lines: one line, no control or invisible characters,
// no markup that could close or open a structure, no role labels, bounded length and bounded work.

/** Longest inserted value, in characters, unless the caller asks for less. */
export const INSERTED_TEXT_MAX = 64;

const INVISIBLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}\p{Co}\p{Cn}]+/gu;
const STRUCTURE = /[<>{}[\]`|\\]+/g;
const ROLE_LABEL = /\b(system|assistant|developer|user|tool|instructions?)\s*:/gi;
const FENCE = /(["'#*=_~-])\1{2,}/g;
/** Characters that could imitate or close a label's own structure (`[speaker: A (id a)]`, `(A): note`). */
const LABEL_SYNTAX = /[():"]+/g;
/** Role words standing alone, which a name could use to pose as another voice in the conversation. */
const ROLE_WORD = /\b(system|assistant|developer|user|tool|function|instructions?|prompt)\b/gi;

/** Only this much of a value is looked at (a 1 MB name costs no more than a short one). */
function bounded(text: string, maxLength: number): string {
  return text.length > maxLength * 4 + 64 ? text.slice(0, maxLength * 4 + 64) : text;
}

/** Marks a cut value; plain dots, so neutralising a neutralised value changes nothing (NFKC keeps them). */
const CUT_MARK = '...';

function cut(flat: string, maxLength: number): string {
  const chars = Array.from(flat);
  return chars.length <= maxLength
    ? flat
    : `${chars
        .slice(0, maxLength - CUT_MARK.length)
        .join('')
        .trimEnd()}${CUT_MARK}`;
}

/** `text` made safe to put inside instructions. Pure; the same input always gives the same output. */
export function neutralizeInsertedText(text: string, maxLength: number = INSERTED_TEXT_MAX): string {
  const flat = bounded(text, maxLength)
    .normalize('NFKC')
    .replace(INVISIBLE, ' ')
    .replace(STRUCTURE, ' ')
    .replace(FENCE, '$1')
    .replace(ROLE_LABEL, '$1')
    .replace(/\s+/g, ' ')
    .trim();
  return cut(flat, maxLength);
}

/**
 * A participant's name or identity made safe to show the model inside a label or a line it reads back
 * (a speaker label, a tool result, a note): `neutralizeInsertedText`, and no parentheses, colons, quotes
 * or standalone role words either. Empty when nothing is left.
 */
export function neutralizeName(text: string, maxLength: number = INSERTED_TEXT_MAX): string {
  return neutralizeInsertedText(
    neutralizeInsertedText(text, maxLength * 4)
      .replace(LABEL_SYNTAX, ' ')
      .replace(ROLE_WORD, ' '),
    maxLength,
  );
}
