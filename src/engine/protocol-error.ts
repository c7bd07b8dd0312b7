// Errors the engine reports to its client in the hosted service's `error` event shape (type, code,
// message, param, the client's event_id). Handlers throw `ProtocolError`; the session turns it into one
// `error` event and keeps the connection open.
import type { WireError } from './wire.js';

export class ProtocolError extends Error {
  readonly code: string | null;
  readonly param: string | null;
  readonly errorType: string;

  constructor(
    code: string | null,
    message: string,
    param: string | null = null,
    errorType = 'invalid_request_error',
  ) {
    super(message);
    this.name = 'ProtocolError';
    this.code = code;
    this.param = param;
    this.errorType = errorType;
  }

  toWire(clientEventId: string | null): WireError {
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
export function quoteList(values: readonly unknown[]): string {
  const quoted = values.map((v) => `'${String(v)}'`);
  if (quoted.length <= 2) return quoted.join(' and ');
  return `${quoted.slice(0, -1).join(', ')}, and ${quoted.at(-1)}`;
}

export const missingParameter = (param: string): ProtocolError =>
  new ProtocolError('missing_required_parameter', `Missing required parameter: '${param}'.`, param);

export const unknownParameter = (param: string): ProtocolError =>
  new ProtocolError('unknown_parameter', `Unknown parameter: '${param}'.`, param);

export const invalidValue = (param: string, value: unknown, supported?: readonly unknown[]): ProtocolError =>
  new ProtocolError(
    'invalid_value',
    supported
      ? `Invalid value: '${String(value)}'. Supported values are: ${quoteList(supported)}.`
      : `Invalid value for '${param}': '${String(value)}'.`,
    param,
  );
