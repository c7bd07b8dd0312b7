export class ProtocolError extends Error {
    code;
    param;
    errorType;
    constructor(code, message, param = null, errorType = 'invalid_request_error') {
        super(message);
        this.name = 'ProtocolError';
        this.code = code;
        this.param = param;
        this.errorType = errorType;
    }
    toWire(clientEventId) {
        return {
            type: this.errorType,
            code: this.code,
            message: this.message,
            param: this.param,
            event_id: clientEventId,
        };
    }
}
/** Formats values as the hosted messages do: 'a', 'b', and 'c'. */
export function quoteList(values) {
    const quoted = values.map((v) => `'${String(v)}'`);
    if (quoted.length <= 2)
        return quoted.join(' and ');
    return `${quoted.slice(0, -1).join(', ')}, and ${quoted.at(-1)}`;
}
export const missingParameter = (param) => new ProtocolError('missing_required_parameter', `Missing required parameter: '${param}'.`, param);
export const unknownParameter = (param) => new ProtocolError('unknown_parameter', `Unknown parameter: '${param}'.`, param);
export const invalidValue = (param, value, supported) => new ProtocolError('invalid_value', supported
    ? `Invalid value: '${String(value)}'. Supported values are: ${quoteList(supported)}.`
    : `Invalid value for '${param}': '${String(value)}'.`, param);
//# sourceMappingURL=protocol-error.js.map