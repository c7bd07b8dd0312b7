// Errors reported by the realtime service, kept in the service's own shape (type, code, message,
// param, event_id) and classified by whose fault they are and what the client does about them.
// Local faults (a refused upgrade, an unreachable host) are FrameworkErrors; see connection.ts.

/**
 * - `fatal`: retrying cannot help (bad credentials, no quota, a configuration the server refuses).
 * - `retryable`: the service or the network failed; a new socket or a later attempt can succeed.
 * - `benign`: expected races (cancel after the response ended, truncate past the audio); logged only.
 * - `rejected`: the server refused one request; the session carries on.
 */
export type ErrorDisposition = 'fatal' | 'retryable' | 'benign' | 'rejected';

/** Whose fault: the account (keys, billing), the configuration, this client's request, or the service. */
export type ErrorFault = 'account' | 'configuration' | 'request' | 'service';

export interface ServiceErrorBody {
  type: string;
  message: string;
  code?: string | null | undefined;
  param?: string | null | undefined;
  event_id?: string | null | undefined;
}

const ACCOUNT_CODES = new Set([
  'invalid_api_key',
  'insufficient_quota',
  'account_deactivated',
  'billing_hard_limit_reached',
  'beta_api_shape_disabled',
  'invalid_beta',
]);
const RETRYABLE_CODES = new Set(['session_expired', 'rate_limit_exceeded', 'server_error']);
const BENIGN_CODES = new Set([
  'response_cancel_not_active',
  'item_truncate_invalid_item_id',
  'input_audio_buffer_commit_empty',
]);

export class RealtimeServiceError extends Error {
  readonly type: string;
  readonly code: string | null;
  readonly param: string | null;
  /** The client event the server was answering, when it said so. */
  readonly clientEventId: string | null;
  readonly disposition: ErrorDisposition;
  readonly fault: ErrorFault;

  constructor(body: ServiceErrorBody, context: { rejectsSessionConfig?: boolean } = {}) {
    super(body.message);
    this.name = 'RealtimeServiceError';
    this.type = body.type;
    this.code = body.code ?? null;
    this.param = body.param ?? null;
    this.clientEventId = body.event_id ?? null;
    [this.disposition, this.fault] = classify(body, context.rejectsSessionConfig === true);
  }
}

function classify(body: ServiceErrorBody, rejectsSessionConfig: boolean): [ErrorDisposition, ErrorFault] {
  const code = body.code ?? '';
  if (ACCOUNT_CODES.has(code)) return ['fatal', 'account'];
  if (RETRYABLE_CODES.has(code) || body.type === 'server_error') return ['retryable', 'service'];
  // One bad field makes the server refuse the whole session.update: the configuration must change.
  if (rejectsSessionConfig) return ['fatal', 'configuration'];
  if (BENIGN_CODES.has(code) || isTruncateOvershoot(body)) return ['benign', 'request'];
  return ['rejected', 'request'];
}

/** "Audio content of Xms is already shorter than Yms": the server holds less audio than was played. */
function isTruncateOvershoot(body: ServiceErrorBody): boolean {
  return /already shorter than/i.test(body.message);
}
