// What the room is told when the model cannot be reached or refuses the session: a stable error code for
// the agent's events, and words a person can read (no URLs, keys or stack traces). Classification only;
// agent-fault.ts turns it into why the agent leaves.
import { isFrameworkError } from '../errors.js';
import { RealtimeServiceError } from '../realtime/index.js';

export interface ModelFailure {
  /** For the agent's `error` event. */
  code: 'MODEL_CREDENTIALS_REJECTED' | 'MODEL_UNREACHABLE' | 'MODEL_REFUSED' | 'MODEL_SESSION_FAILED';
  /** Why, as the agent tells the room: "my speech model refused my credentials". */
  reason: string;
}

export function modelFailure(error: Error): ModelFailure {
  if (isFrameworkError(error, 'CREDENTIALS_REJECTED'))
    return { code: 'MODEL_CREDENTIALS_REJECTED', reason: 'my speech model refused my credentials' };
  if (isFrameworkError(error, 'SERVER_UNREACHABLE'))
    return { code: 'MODEL_UNREACHABLE', reason: "I can't reach my speech model" };
  if (error instanceof RealtimeServiceError && error.disposition === 'fatal') {
    return {
      code: 'MODEL_REFUSED',
      reason: `my speech model refused the session (${error.code ?? error.fault})`,
    };
  }
  return { code: 'MODEL_SESSION_FAILED', reason: 'my speech model stopped working' };
}

/** Said (as a transcript line) when a try to open the model session failed and another will follow. */
export const MODEL_RETRYING_LINE = "Sorry, I can't reach my speech model right now. I'm trying again.";
