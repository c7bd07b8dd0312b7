// Neutralises outside text (participant names, room metadata) before it is inserted into text the model
// reads as instructions, so a display name cannot smuggle instructions: one line, no control or
// invisible characters, no markup that could close or open a structure, no role labels, bounded length.
/** Longest inserted value, in characters, unless the caller asks for less. */
export const INSERTED_TEXT_MAX = 64;
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Co}\p{Cn}]+/gu;
const STRUCTURE = /[<>{}[\]`|\\]+/g;
const ROLE_LABEL = /\b(system|assistant|developer|user|tool|instructions?)\s*:/gi;
const FENCE = /(["'#*=_~-])\1{2,}/g;
/** `text` made safe to put inside instructions. Pure; the same input always gives the same output. */
export function neutralizeInsertedText(text, maxLength = INSERTED_TEXT_MAX) {
    const flat = text
        .normalize('NFKC')
        .replace(INVISIBLE, ' ')
        .replace(STRUCTURE, ' ')
        .replace(FENCE, '$1')
        .replace(ROLE_LABEL, '$1')
        .replace(/\s+/g, ' ')
        .trim();
    const chars = Array.from(flat);
    return chars.length <= maxLength
        ? flat
        : `${chars
            .slice(0, maxLength - 1)
            .join('')
            .trimEnd()}…`;
}
//# sourceMappingURL=inserted-text.js.map