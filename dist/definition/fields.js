// Field types shared across the agent schema: durations, secret values, templated text, glob lists and
// name lists. Each carries its own description and wording, which flow into errors and the JSON Schema.
import { z } from 'zod';
import { DURATION_PATTERN, formatDuration, parseDuration } from './duration.js';
import { expecting } from './messages.js';
import { malformedReference } from './secrets.js';
import { parseTemplate } from './template.js';
/** A duration string (`30m`, `10s`, `1h30m`) within bounds, read as milliseconds. */
export function duration(minMs, maxMs) {
    return z
        .string({ error: expecting('a duration like 30m, 2m or 10s') })
        .regex(DURATION_PATTERN, { error: expecting('a duration like 30m, 2m, 10s or 500ms') })
        .transform((text, ctx) => {
        const ms = parseDuration(text) ?? Number.NaN;
        if (ms < minMs || ms > maxMs) {
            ctx.addIssue({
                code: 'custom',
                input: text,
                message: `must be between ${formatDuration(minMs)} and ${formatDuration(maxMs)}, got "${text}"`,
            });
        }
        return ms;
    });
}
/**
 * A value that may be a secret: `${env:NAME}` (resolved when the agent starts), or a literal (allowed,
 * but the loader warns). Never echoed in error messages.
 */
export const secretValue = z
    .string({ error: expecting(`a string, best a reference like \${env:NAME}`, { hideInput: true }) })
    .superRefine((value, ctx) => {
    const malformed = malformedReference(value);
    if (malformed === undefined)
        return;
    ctx.addIssue({
        code: 'custom',
        input: value,
        message: `expected a reference like \${env:NAME} (NAME in capitals, digits and _), got "${malformed}"`,
        params: { fragment: malformed },
    });
});
/** Text the model reads, with `{{variables}}` checked when the definition loads. */
export function templateText(maxLength) {
    return z
        .string({ error: expecting('text') })
        .max(maxLength)
        .superRefine((text, ctx) => {
        for (const problem of parseTemplate(text).problems) {
            ctx.addIssue({
                code: 'custom',
                input: text,
                message: problem.message,
                params: { fragment: problem.fragment },
            });
        }
    });
}
const GLOB = /^[A-Za-z0-9_.:@*?-]+$/;
/** Name patterns with `*` (any run) and `?` (one character), e.g. `support-*`. */
export const globList = z
    .array(z.string({ error: expecting('a name pattern like "support-*"') }).regex(GLOB, {
    error: expecting('a name pattern of letters, digits, . _ - : @ and the wildcards * ?'),
}), { error: expecting('a list of name patterns') })
    .min(1);
/** A list of non-empty strings with no repeats. */
export function uniqueList(item, what) {
    return z.array(item, { error: expecting(`a list of ${what}`) }).superRefine((values, ctx) => {
        const seen = new Set();
        values.forEach((value, index) => {
            if (seen.has(value))
                ctx.addIssue({ code: 'custom', input: value, path: [index], message: `"${value}" is listed twice` });
            seen.add(value);
        });
    });
}
//# sourceMappingURL=fields.js.map