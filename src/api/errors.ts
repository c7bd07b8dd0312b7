// The API's error contract: every failure is JSON `{"error": {"code", "message"}}` with a stable code
// and an HTTP status. Local faults raised below the API (FrameworkError codes) and failures of the
// LiveKit server API are translated here, once; nothing else decides a status.
import { z } from 'zod';
import { type ErrorCode, isFrameworkError } from '../errors.js';

export const API_ERRORS = {
  UNAUTHENTICATED: { status: 401, meaning: 'missing, malformed, expired or forged credentials' },
  WEBHOOK_SIGNATURE_INVALID: { status: 401, meaning: 'a LiveKit webhook whose signature does not verify' },
  WEBHOOK_STALE: { status: 401, meaning: 'a LiveKit webhook older than the accepted window' },
  BODY_INVALID: { status: 400, meaning: 'the body is not JSON or does not match the schema' },
  PARAMS_INVALID: { status: 400, meaning: 'a path or query parameter does not match the schema' },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, meaning: 'a body that is not application/json' },
  PAYLOAD_TOO_LARGE: { status: 413, meaning: 'a body over the size limit' },
  NOT_FOUND: { status: 404, meaning: 'no such endpoint' },
  METHOD_NOT_ALLOWED: { status: 405, meaning: 'the endpoint exists but not with this method' },
  AGENT_UNKNOWN: { status: 404, meaning: 'no agent definition of that name' },
  ROOM_NOT_FOUND: { status: 404, meaning: 'the room does not exist' },
  DISPATCH_NOT_FOUND: { status: 404, meaning: 'the room has no dispatch of that agent' },
  AGENT_NOT_IN_ROOM: { status: 404, meaning: 'no agent of that definition is in the room' },
  FLOOR_UNAVAILABLE: { status: 409, meaning: 'the agent has no floor to switch (its mode is not shared)' },
  AGENT_AMBIGUOUS: { status: 409, meaning: 'the room has several agents and the request names none' },
  AGENT_NO_ANSWER: { status: 504, meaning: 'the agent did not answer in time' },
  LIVEKIT_UNAVAILABLE: { status: 502, meaning: 'the LiveKit server did not answer or failed' },
  INTERNAL: { status: 500, meaning: 'an unexpected fault; the log has the details' },
} as const;

export type ApiErrorCode = keyof typeof API_ERRORS;

export class ApiError extends Error {
  readonly code: ApiErrorCode;
  readonly status: number;

  constructor(code: ApiErrorCode, message: string) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.status = API_ERRORS[code].status;
  }
}

export const errorBodySchema = z
  .strictObject({
    error: z.strictObject({
      code: z.enum(Object.keys(API_ERRORS) as [ApiErrorCode, ...ApiErrorCode[]]),
      message: z.string(),
    }),
  })
  .describe('What went wrong: a stable code and a message for people.');

export type ErrorBody = z.infer<typeof errorBodySchema>;

/** The message every authentication failure gets, whatever the cause: nothing for a prober to learn. */
export const UNAUTHENTICATED_MESSAGE = 'missing or invalid credentials';

/** Local faults from below the API that callers cause, by their HTTP contract code. */
const FRAMEWORK_CODES: Partial<Record<ErrorCode, ApiErrorCode>> = {
  AGENT_UNKNOWN: 'AGENT_UNKNOWN',
  WEBHOOK_SIGNATURE_INVALID: 'WEBHOOK_SIGNATURE_INVALID',
  WEBHOOK_STALE: 'WEBHOOK_STALE',
  WEBHOOK_BODY_INVALID: 'BODY_INVALID',
  ROOM_NOT_FOUND: 'ROOM_NOT_FOUND',
  AGENT_NOT_IN_ROOM: 'AGENT_NOT_IN_ROOM',
  AGENT_AMBIGUOUS: 'AGENT_AMBIGUOUS',
  AGENT_NO_ANSWER: 'AGENT_NO_ANSWER',
  FLOOR_UNAVAILABLE: 'FLOOR_UNAVAILABLE',
  DISPATCH_NOT_FOUND: 'DISPATCH_NOT_FOUND',
  CONFIG_INVALID: 'BODY_INVALID',
};

/** The API error for anything thrown by a handler. */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  if (isFrameworkError(error)) {
    const code = FRAMEWORK_CODES[error.code];
    if (code) return new ApiError(code, error.message);
  }
  // livekit-server-sdk's TwirpError (a failed server API call) carries an HTTP status.
  const status = (error as { status?: unknown }).status;
  if (typeof status === 'number' && error instanceof Error) {
    return status === 404
      ? new ApiError('ROOM_NOT_FOUND', `LiveKit: ${error.message}`)
      : new ApiError('LIVEKIT_UNAVAILABLE', `the LiveKit server API failed: ${error.message}`);
  }
  const code = (error as { cause?: { code?: unknown } }).cause?.code;
  if (code === 'ECONNREFUSED' || code === 'ECONNRESET' || code === 'UND_ERR_CONNECT_TIMEOUT')
    return new ApiError('LIVEKIT_UNAVAILABLE', `the LiveKit server did not answer (${code})`);
  return new ApiError('INTERNAL', 'internal error');
}
