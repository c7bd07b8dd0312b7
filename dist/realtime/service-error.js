// Errors reported by the realtime service, kept in the service's own shape (type, code, message,
// param, event_id) and classified by whose fault they are and what the client does about them.
// Local faults (a refused upgrade, an unreachable host) are FrameworkErrors; see connection.ts.
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
    type;
    code;
    param;
    /** The client event the server was answering, when it said so. */
    clientEventId;
    disposition;
    fault;
    constructor(body, context = {}) {
        super(body.message);
        this.name = 'RealtimeServiceError';
        this.type = body.type;
        this.code = body.code ?? null;
        this.param = body.param ?? null;
        this.clientEventId = body.event_id ?? null;
        [this.disposition, this.fault] = classify(body, context.rejectsSessionConfig === true);
    }
}
function classify(body, rejectsSessionConfig) {
    const code = body.code ?? '';
    if (ACCOUNT_CODES.has(code))
        return ['fatal', 'account'];
    if (RETRYABLE_CODES.has(code) || body.type === 'server_error')
        return ['retryable', 'service'];
    // One bad field makes the server refuse the whole session.update: the configuration must change.
    if (rejectsSessionConfig)
        return ['fatal', 'configuration'];
    if (BENIGN_CODES.has(code) || isTruncateOvershoot(body))
        return ['benign', 'request'];
    return ['rejected', 'request'];
}
/** "Audio content of Xms is already shorter than Yms": the server holds less audio than was played. */
function isTruncateOvershoot(body) {
    return /already shorter than/i.test(body.message);
}
//# sourceMappingURL=service-error.js.map