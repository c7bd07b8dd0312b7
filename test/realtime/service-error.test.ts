// Classifying service errors by whose fault they are and what the client does about them.
import { describe, expect, it } from 'vitest';
import { RealtimeServiceError } from '../../src/realtime/index.js';

const error = (code: string | null, type = 'invalid_request_error', message = 'x') =>
  new RealtimeServiceError({ type, code, message });

describe('service errors', () => {
  it('are fatal account faults for bad keys and billing', () => {
    for (const code of [
      'invalid_api_key',
      'insufficient_quota',
      'account_deactivated',
      'billing_hard_limit_reached',
    ]) {
      expect(error(code)).toMatchObject({ disposition: 'fatal', fault: 'account' });
    }
  });

  it('are fatal configuration faults when they refuse the session update', () => {
    const refused = new RealtimeServiceError(
      {
        type: 'invalid_request_error',
        code: 'unknown_parameter',
        message: "Unknown parameter: 'session.modalities'.",
        param: 'session.modalities',
        event_id: 'evt_1',
      },
      { rejectsSessionConfig: true },
    );
    expect(refused).toMatchObject({
      disposition: 'fatal',
      fault: 'configuration',
      param: 'session.modalities',
      clientEventId: 'evt_1',
    });
  });

  it('are retryable service faults for server errors and an expired session', () => {
    expect(error(null, 'server_error')).toMatchObject({ disposition: 'retryable', fault: 'service' });
    expect(error('session_expired')).toMatchObject({ disposition: 'retryable', fault: 'service' });
  });

  it('are benign for the known races', () => {
    expect(error('response_cancel_not_active').disposition).toBe('benign');
    expect(error('input_audio_buffer_commit_empty').disposition).toBe('benign');
    expect(
      error(
        'invalid_value',
        'invalid_request_error',
        'Audio content of 6100ms is already shorter than 6185ms',
      ).disposition,
    ).toBe('benign');
  });

  it('are rejected requests otherwise, and the session carries on', () => {
    expect(error('invalid_value')).toMatchObject({ disposition: 'rejected', fault: 'request' });
  });
});
