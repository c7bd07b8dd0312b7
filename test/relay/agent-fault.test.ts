// Why an agent leaves, as the room reads it: a voice track the room would not take is said to be that,
// never a model failure; model faults keep their own codes and words.
import { describe, expect, it } from 'vitest';
import { FrameworkError } from '../../src/errors.js';
import { RealtimeServiceError } from '../../src/realtime/index.js';
import { agentFault, leavingLine } from '../../src/relay/agent-fault.js';

describe('agentFault', () => {
  it('a refused voice track: its own code, words about the voice, an end reason naming the track', () => {
    const error = new FrameworkError(
      'VOICE_TRACK_REFUSED',
      "could not publish the agent's voice track agent-voice (does its token grant canPublish?): timed out",
    );
    const fault = agentFault(error);
    expect(fault).toEqual({
      code: 'VOICE_TRACK_REFUSED',
      reason: "I can't publish my voice in this room",
      logged: 'the agent could not publish its voice track; the agent leaves',
      ended: `voice track refused: ${error.message}`,
    });
    expect(leavingLine(fault)).toBe(
      "Sorry, I can't publish my voice in this room, so I have to leave the call.",
    );
  });

  it('model faults keep the model codes and the model end reason', () => {
    const rejected = agentFault(new FrameworkError('CREDENTIALS_REJECTED', 'HTTP 401'));
    expect(rejected).toMatchObject({
      code: 'MODEL_CREDENTIALS_REJECTED',
      ended: 'model session failed: HTTP 401',
      logged: 'the model session failed; the agent leaves',
    });
    expect(leavingLine(rejected)).toBe(
      'Sorry, my speech model refused my credentials, so I have to leave the call.',
    );
    const refused = new RealtimeServiceError(
      {
        type: 'invalid_request_error',
        code: 'invalid_model',
        message: 'no such model',
      },
      { rejectsSessionConfig: true },
    );
    expect(agentFault(refused).code).toBe('MODEL_REFUSED');
    expect(agentFault(new Error('socket closed')).code).toBe('MODEL_SESSION_FAILED');
  });
});
