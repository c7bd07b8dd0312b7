import { didYouMean } from './suggest.js';
const SHOWN_MAX = 40;
/** What kind of value was found, without the value: `a string`, `a number`, `a list`. */
function kindOf(value) {
    if (Array.isArray(value))
        return 'a list';
    if (value === null)
        return 'null (empty)';
    return typeof value === 'object' ? 'a mapping' : `a ${typeof value}`;
}
/** A found value as a problem line shows it: strings quoted and cut short, structures by their kind. */
export function show(value) {
    if (value === undefined)
        return 'nothing';
    if (typeof value === 'string') {
        const text = value.length > SHOWN_MAX ? `${value.slice(0, SHOWN_MAX - 1)}…` : value;
        return JSON.stringify(text);
    }
    if (typeof value === 'number' || typeof value === 'boolean')
        return String(value);
    return kindOf(value);
}
const KIND = {
    string: 'a string',
    number: 'a number',
    int: 'an integer',
    boolean: 'true or false',
    array: 'a list',
    object: 'a mapping',
    record: 'a mapping',
};
/** The message for a field that is absent. */
export const MISSING = 'required field is missing';
/**
 * An error function for a schema that names its own expectation: `expected <description>, got <found>`.
 * With `hideInput` the found value is described by its kind only (for fields that may hold secrets).
 * Absent values fall through to the parse-wide map (`required field is missing`).
 */
export function expecting(description, options = {}) {
    return (issue) => {
        // Bounds (min, max) attached to the same schema keep the parse-wide wording.
        if (issue.input === undefined || issue.code === 'too_small' || issue.code === 'too_big')
            return undefined;
        const found = options.hideInput ? kindOf(issue.input) : show(issue.input);
        return `expected ${description}, got ${found}`;
    };
}
function bound(issue) {
    const limit = String(issue.code === 'too_small' ? issue.minimum : issue.maximum);
    const least = issue.code === 'too_small';
    const word = least
        ? issue.inclusive === false
            ? 'more than'
            : 'at least'
        : issue.inclusive === false
            ? 'less than'
            : 'at most';
    if (issue.origin === 'string') {
        if (least && limit === '1')
            return 'must not be empty';
        return `must be ${word} ${limit} characters long, got ${issue.input.length}`;
    }
    if (issue.origin === 'array' || issue.origin === 'set') {
        if (least && limit === '1')
            return 'must list at least one entry';
        return `must list ${word} ${limit} entries, got ${issue.input.length}`;
    }
    return `must be ${word} ${limit}, got ${show(issue.input)}`;
}
function unknownFields(issue) {
    const inst = issue.inst;
    const known = Object.keys(inst?.shape ?? {});
    // One line per key, in key order: the loader splits them into one problem per field.
    return issue.keys.map((key) => `unknown field "${key}"${didYouMean(key, known)}`).join('\n');
}
function discriminatorMismatch(issue) {
    const { discriminator, options } = issue;
    const found = issue.input?.[discriminator];
    if (found === undefined)
        return MISSING;
    return `expected one of ${options.map(String).join('|')}, got ${show(found)}`;
}
/** The parse-wide error map: every issue a schema does not word itself gets a sentence from here. */
export function issueMessage(issue) {
    switch (issue.code) {
        case 'invalid_type':
            if (issue.input === undefined)
                return MISSING;
            return `expected ${KIND[issue.expected] ?? issue.expected}, got ${show(issue.input)}`;
        case 'invalid_value':
            if (issue.values.length === 1)
                return `expected ${show(issue.values[0])}, got ${show(issue.input)}`;
            return `expected one of ${issue.values.map(String).join('|')}, got ${show(issue.input)}`;
        case 'unrecognized_keys':
            return unknownFields(issue);
        case 'invalid_union':
            if ('note' in issue && issue.note === 'No matching discriminator')
                return discriminatorMismatch(issue);
            return `does not match any allowed form, got ${show(issue.input)}`;
        case 'too_small':
        case 'too_big':
            return bound(issue);
        case 'invalid_format':
            return `expected ${issue.format === 'url' ? 'a URL' : `a ${issue.format}`}, got ${show(issue.input)}`;
        default:
            return undefined;
    }
}
//# sourceMappingURL=messages.js.map