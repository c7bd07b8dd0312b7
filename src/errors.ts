// The error base for faults that happen here (bad configuration, a server that cannot be reached, a
// tool that timed out), each with a stable string code. Errors reported by the realtime service or by
// LiveKit keep their own shape and are never wrapped as if they were ours.

export type ErrorCode =
  | 'CONFIG_INVALID'
  | 'CREDENTIALS_REJECTED'
  | 'SERVER_UNREACHABLE'
  | 'PORT_IN_USE'
  | 'LIVEKIT_SERVER_MISSING'
  | 'DEFINITION_INVALID'
  | 'SECRET_UNSET'
  | 'PLUGIN_INVALID'
  | 'TOOL_UNKNOWN'
  | 'TOOL_ARGUMENTS_INVALID'
  | 'TOOL_REFUSED'
  | 'TOOL_TIMEOUT'
  | 'TOOL_ABORTED'
  | 'MCP_UNAVAILABLE'
  | 'REALTIME_NOT_CONNECTED'
  | 'REALTIME_PROTOCOL'
  | 'AUDIO_FORMAT'
  | 'VOICE_TRACK_REFUSED'
  | 'SPEECH_SYNTHESIS_UNAVAILABLE'
  | 'TRANSCRIPTION_UNAVAILABLE'
  | 'TRANSCRIPTION_FAILED'
  | 'TRANSCRIPTION_TIMEOUT'
  | 'REALTIME_TIMEOUT'
  | 'ROOM_NOT_CONNECTED'
  | 'AGENT_UNKNOWN'
  | 'WEBHOOK_SIGNATURE_INVALID'
  | 'WEBHOOK_STALE'
  | 'WEBHOOK_BODY_INVALID'
  | 'ROOM_NOT_FOUND'
  | 'AGENT_NOT_IN_ROOM'
  | 'AGENT_AMBIGUOUS'
  | 'AGENT_NO_ANSWER'
  | 'FLOOR_UNAVAILABLE'
  | 'DISPATCH_NOT_FOUND'
  | 'JOB_HOST_FAILED';

export class FrameworkError extends Error {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'FrameworkError';
    this.code = code;
  }
}

export function isFrameworkError(error: unknown, code?: ErrorCode): error is FrameworkError {
  return error instanceof FrameworkError && (code === undefined || error.code === code);
}
