import { clientEventSchemas } from './client-schema.js';
import { invalidValue, missingParameter, ProtocolError, unknownParameter } from './protocol-error.js';
/** The client's event_id, when the frame has a usable one (echoed in errors). */
export function clientEventId(raw) {
    if (typeof raw === 'object' && raw !== null && 'event_id' in raw && typeof raw.event_id === 'string') {
        return raw.event_id;
    }
    return null;
}
export function parseFrame(text) {
    try {
        return JSON.parse(text);
    }
    catch (error) {
        throw new ProtocolError('invalid_json', `We could not parse the JSON body of your request. (HINT: This likely means you aren't using your HTTP library correctly. ${error.message})`);
    }
}
export function parseClientEvent(raw) {
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
        throw new ProtocolError('invalid_event', 'Expected an object with a `type` field.');
    }
    const type = raw.type;
    if (type === undefined)
        throw new ProtocolError('invalid_event', "The 'type' field is missing.");
    const supported = Object.keys(clientEventSchemas);
    if (typeof type !== 'string' || !(type in clientEventSchemas)) {
        throw invalidValue('type', type, supported);
    }
    const schema = clientEventSchemas[type];
    return validate(schema, raw, '');
}
/** Validates `value` with `schema`, throwing the hosted-shape error for the most telling issue. */
export function validate(schema, value, prefix) {
    const result = schema.safeParse(value, { reportInput: true });
    if (result.success)
        return result.data;
    throw toProtocolError(pickIssue(result.error.issues), prefix);
}
const priority = { unrecognized_keys: 0, invalid_type: 1, invalid_union: 1 };
function pickIssue(issues) {
    const ranked = [...issues].sort((a, b) => (priority[a.code] ?? 2) - (priority[b.code] ?? 2));
    const missing = ranked.find((i) => (i.code === 'invalid_type' || i.code === 'invalid_value') && i.input === undefined);
    if (ranked[0]?.code !== 'unrecognized_keys' && missing)
        return missing;
    return ranked[0];
}
function paramPath(prefix, path) {
    let out = prefix;
    for (const key of path) {
        if (typeof key === 'number')
            out += `[${key}]`;
        else
            out += out === '' ? String(key) : `.${String(key)}`;
    }
    return out;
}
function typeName(value) {
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'an array';
    if (typeof value === 'number')
        return Number.isInteger(value) ? 'an integer' : 'a decimal';
    if (typeof value === 'object')
        return 'an object';
    if (typeof value === 'boolean')
        return 'a boolean';
    return `a ${typeof value}`;
}
const expectedNames = {
    int: 'an integer',
    number: 'a number',
    string: 'a string',
    boolean: 'a boolean',
    object: 'an object',
    array: 'an array',
    record: 'an object',
};
function toProtocolError(issue, prefix) {
    const param = paramPath(prefix, issue.path);
    switch (issue.code) {
        case 'unrecognized_keys':
            return unknownParameter(param === '' ? issue.keys[0] : `${param}.${issue.keys[0]}`);
        case 'invalid_type':
            if (issue.input === undefined)
                return missingParameter(param);
            return new ProtocolError('invalid_type', `Invalid type for '${param}': expected ${expectedNames[issue.expected] ?? issue.expected}, but got ${typeName(issue.input)} instead.`, param);
        case 'invalid_value':
            if (issue.input === undefined)
                return missingParameter(param);
            return invalidValue(param, issue.input, issue.values);
        case 'invalid_union': {
            const discriminated = issue;
            if (discriminated.options && typeof issue.input === 'object' && issue.input !== null) {
                const value = issue.input[discriminated.discriminator ?? 'type'];
                if (value === undefined)
                    return missingParameter(param);
                return invalidValue(param, value, discriminated.options);
            }
            return new ProtocolError('invalid_value', `Invalid value for '${param}': ${JSON.stringify(issue.input)}.`, param);
        }
        case 'too_small':
        case 'too_big': {
            const below = issue.code === 'too_small';
            const limit = below ? issue.minimum : issue.maximum;
            if (issue.origin === 'array' || issue.origin === 'string') {
                const what = issue.origin === 'array' ? 'array' : 'string';
                return new ProtocolError(below ? `${what}_below_min_length` : `${what}_above_max_length`, `Invalid '${param}': ${what} too ${below ? 'short' : 'long'}. Expected ${below ? 'a minimum' : 'a maximum'} length of ${String(limit)}, but got ${what === 'array' ? issue.input.length : String(issue.input).length} instead.`, param);
            }
            const kind = Number.isInteger(issue.input) ? 'integer' : 'decimal';
            return new ProtocolError(`${kind}_${below ? 'below_min' : 'above_max'}_value`, `Invalid '${param}': ${kind} ${below ? 'below minimum' : 'above maximum'} value. Expected a value ${below ? '>=' : '<='} ${String(limit)}, but got ${String(issue.input)} instead.`, param);
        }
        case 'invalid_format':
            return new ProtocolError('invalid_value', `Invalid '${param}': expected valid ${issue.format} data.`, param);
        default:
            return new ProtocolError('invalid_value', `Invalid '${param}': ${issue.message}.`, param);
    }
}
//# sourceMappingURL=protocol-validation.js.map