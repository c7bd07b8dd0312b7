// The error base for faults that happen here (bad configuration, a server that cannot be reached, a
// tool that timed out), each with a stable string code. Errors reported by the realtime service or by
// LiveKit keep their own shape and are never wrapped as if they were ours.
export class FrameworkError extends Error {
    code;
    constructor(code, message, options) {
        super(message, options);
        this.name = 'FrameworkError';
        this.code = code;
    }
}
export function isFrameworkError(error, code) {
    return error instanceof FrameworkError && (code === undefined || error.code === code);
}
//# sourceMappingURL=errors.js.map