// Why an agent that cannot go on leaves the room: the room refused its voice track, or its model failed
// (classified in model-failure.ts). Each fault gets a stable code for the `error` event, words a person
// can read (no URLs, keys or stack traces), the log line and the job's end reason. run-agent decides when.
import { isFrameworkError } from '../errors.js';
import { type ModelFailure, modelFailure } from './model-failure.js';

export interface AgentFault {
  /** For the agent's `error` event. */
  code: ModelFailure['code'] | 'VOICE_TRACK_REFUSED';
  /** Why, as the agent tells the room: "I can't publish my voice in this room". */
  reason: string;
  /** The log line. */
  logged: string;
  /** The reason `ended` settles with. */
  ended: string;
}

export function agentFault(error: Error): AgentFault {
  if (isFrameworkError(error, 'VOICE_TRACK_REFUSED')) {
    return {
      code: 'VOICE_TRACK_REFUSED',
      reason: "I can't publish my voice in this room",
      logged: 'the agent could not publish its voice track; the agent leaves',
      ended: `voice track refused: ${error.message}`,
    };
  }
  return {
    ...modelFailure(error),
    logged: 'the model session failed; the agent leaves',
    ended: `model session failed: ${error.message}`,
  };
}

/** Said (as a transcript line) when the agent gives up and leaves. */
export function leavingLine(fault: { reason: string }): string {
  return `Sorry, ${fault.reason}, so I have to leave the call.`;
}
