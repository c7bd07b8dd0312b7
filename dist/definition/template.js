// Templates in `instructions` and `greeting`: `{{room.name}}`, `{{room.metadata.<field>}}`,
// `{{participant.name}}`, `{{participant.identity}}`, `{{agent.name}}`. Parsed and checked when the
// definition loads; rendered by substitution only (no expressions, no code), each value neutralised.
import { z } from 'zod';
import { FrameworkError } from '../errors.js';
import { INSERTED_TEXT_MAX, neutralizeInsertedText } from './inserted-text.js';
import { closest } from './suggest.js';
/** The variables a template may use, as documented. */
export const TEMPLATE_VARIABLES = [
    'agent.name',
    'room.name',
    'room.metadata.<field>',
    'participant.name',
    'participant.identity',
];
const FIXED_VARIABLES = TEMPLATE_VARIABLES.filter((name) => !name.includes('<'));
const METADATA_FIELD = /^room\.metadata\.([A-Za-z_][A-Za-z0-9_-]*)$/;
const PLACEHOLDER = /\{\{([^{}]*)\}\}/g;
const METADATA_VALUE_MAX = 200;
function checkVariable(name, source) {
    if (FIXED_VARIABLES.includes(name) || METADATA_FIELD.test(name))
        return undefined;
    const near = closest(name, FIXED_VARIABLES);
    const hint = near === undefined ? '' : `; did you mean "{{${near}}}"?`;
    return {
        fragment: source,
        message: `unknown template variable "${source}"${hint} (known: ${TEMPLATE_VARIABLES.join(', ')})`,
    };
}
/** Splits a template into text and variables, with a problem for each unknown variable or stray brace. */
export function parseTemplate(template) {
    const parts = [];
    const problems = [];
    let last = 0;
    for (const match of template.matchAll(PLACEHOLDER)) {
        const [source, inner = ''] = match;
        if (match.index > last)
            parts.push({ text: template.slice(last, match.index) });
        const variable = inner.trim();
        const problem = checkVariable(variable, source);
        if (problem !== undefined)
            problems.push(problem);
        parts.push({ variable, source });
        last = match.index + source.length;
    }
    if (last < template.length)
        parts.push({ text: template.slice(last) });
    for (const part of parts) {
        if (!('text' in part))
            continue;
        const stray = /\{\{|\}\}/.exec(part.text);
        if (stray !== null) {
            problems.push({
                fragment: stray[0],
                message: `unbalanced "${stray[0]}": a variable is written {{room.name}}, with no braces inside`,
            });
        }
    }
    return { parts, problems };
}
/** The variable names a template uses (`room.name`, `participant.name`...). */
export function templateVariables(template) {
    return parseTemplate(template).parts.flatMap((part) => ('variable' in part ? [part.variable] : []));
}
const metadataObject = z.record(z.string(), z.unknown());
function metadataFields(metadata) {
    if (metadata === undefined || metadata === '')
        return {};
    try {
        const parsed = metadataObject.safeParse(JSON.parse(metadata));
        return parsed.success ? parsed.data : {};
    }
    catch {
        return {};
    }
}
function insertedValue(variable, values, metadata) {
    const field = METADATA_FIELD.exec(variable)?.[1];
    if (field !== undefined) {
        const value = metadata[field];
        const scalar = typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
        return scalar ? neutralizeInsertedText(String(value), METADATA_VALUE_MAX) : '';
    }
    const participant = values.participant;
    const raw = {
        'agent.name': values.agent.name,
        'room.name': values.room.name,
        'participant.name': participant === undefined ? undefined : participant.name || participant.identity,
        'participant.identity': participant?.identity,
    };
    return neutralizeInsertedText(raw[variable] ?? '', INSERTED_TEXT_MAX);
}
/**
 * The template with every variable replaced by its neutralised value. A metadata field that is absent
 * (or not a string, number or boolean) renders empty. Throws DEFINITION_INVALID for a template that
 * would not have passed validation.
 */
export function renderTemplate(template, values) {
    const { parts, problems } = parseTemplate(template);
    const [problem] = problems;
    if (problem !== undefined)
        throw new FrameworkError('DEFINITION_INVALID', problem.message);
    const metadata = metadataFields(values.room.metadata);
    return parts
        .map((part) => ('text' in part ? part.text : insertedValue(part.variable, values, metadata)))
        .join('');
}
//# sourceMappingURL=template.js.map