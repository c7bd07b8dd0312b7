// Switching the floor policy while the agent runs, two ways. A room RPC, `agent.set_floor`, with the
// payload `{"policy": "addressed"}`: only participants whose identity matches the definition's
// `participants.floor_control` patterns may call it; anyone else, a bad payload, a mode without a floor,
// or a caller over the rate limit gets an RPC error that says what was wrong. And a request a backend
// writes on the agent through the server API (room/floor-attribute.ts), answered the same way. The change
// applies from the next turn.
import { type LocalParticipant, RpcError } from '@livekit/rtc-node';
import { z } from 'zod';
import { matchesAny } from '../definition/glob.js';
import type { FloorAttribute } from '../room/floor-attribute.js';
import { ParticipantRateLimit } from '../room/rate-limit.js';
import type { Logger } from '../telemetry/log.js';
import { FLOOR_POLICIES, type FloorPolicy, type FloorPolicyName } from './floor-policy.js';

export const SET_FLOOR_METHOD = 'agent.set_floor';

/** RPC error codes of this method (outside LiveKit's reserved 1001-1999). */
export const FLOOR_RPC_ERRORS = { refused: 4403, invalid: 4400, noFloor: 4409, tooMany: 4429 } as const;

/** How often one participant may call the method. */
const FLOOR_RATE = { burst: 5, perSecond: 2 };
/** A participant over the rate is logged at most this often. */
const REFUSAL_LOG_MS = 10_000;

const payloadSchema = z.strictObject({ policy: z.enum(FLOOR_POLICIES) });

export interface FloorControlOptions {
  floor: FloorPolicy | undefined;
  /** Identity patterns allowed to switch the floor. */
  allowed: readonly string[];
  logger: Logger;
}

export function registerFloorControl(
  participant: LocalParticipant,
  options: FloorControlOptions,
): () => void {
  const rate = new ParticipantRateLimit(FLOOR_RATE);
  const loggedAt = new Map<string, number>();
  participant.registerRpcMethod(SET_FLOOR_METHOD, async ({ callerIdentity, payload }) => {
    if (!rate.take(callerIdentity)) {
      const now = performance.now();
      if (now - (loggedAt.get(callerIdentity) ?? -REFUSAL_LOG_MS) >= REFUSAL_LOG_MS) {
        loggedAt.set(callerIdentity, now);
        options.logger.warn(
          { caller: callerIdentity },
          `${SET_FLOOR_METHOD} calls over the rate limit refused`,
        );
      }
      throw new RpcError(
        FLOOR_RPC_ERRORS.tooMany,
        `too many ${SET_FLOOR_METHOD} calls from ${callerIdentity}: ${rate.describe()}; try again shortly`,
      );
    }
    const { floor } = options;
    if (!floor) {
      throw new RpcError(
        FLOOR_RPC_ERRORS.noFloor,
        'this agent has no floor to switch: floor policies apply to participants.mode shared',
      );
    }
    if (!matchesAny(options.allowed, callerIdentity)) {
      options.logger.warn({ caller: callerIdentity }, 'floor change refused: caller not allowed');
      throw new RpcError(
        FLOOR_RPC_ERRORS.refused,
        `${callerIdentity} may not change the floor (allowed: participants.floor_control)`,
      );
    }
    let parsed: z.infer<typeof payloadSchema>;
    try {
      parsed = payloadSchema.parse(JSON.parse(payload));
    } catch {
      throw new RpcError(
        FLOOR_RPC_ERRORS.invalid,
        `expected {"policy": one of ${FLOOR_POLICIES.join(', ')}}, got ${payload.slice(0, 80)}`,
      );
    }
    const previous = floor.policy;
    floor.set(parsed.policy, callerIdentity);
    options.logger.info({ caller: callerIdentity, previous, policy: parsed.policy }, 'floor policy changed');
    return JSON.stringify({ policy: parsed.policy, previous });
  });
  return () => participant.unregisterRpcMethod(SET_FLOOR_METHOD);
}

/** The source a server-API floor change is reported with (the floor event's `changedBy`). */
export const SERVER_API_CALLER = 'server-api';

/** Answers floor requests written on the agent through the server API; returns the unregister. */
export function answerFloorRequests(
  attribute: FloorAttribute,
  floor: FloorPolicy | undefined,
  logger: Logger,
): () => void {
  return attribute.onRequest(({ id, policy }) => {
    if (!floor)
      return {
        id,
        error: 'no_floor',
        message: 'this agent has no floor to switch: floor policies apply to participants.mode shared',
      };
    if (!FLOOR_POLICIES.includes(policy as FloorPolicyName))
      return {
        id,
        error: 'invalid_policy',
        message: `expected one of ${FLOOR_POLICIES.join(', ')}, got "${policy}"`,
      };
    const previous = floor.policy;
    floor.set(policy as FloorPolicyName, SERVER_API_CALLER);
    logger.info({ caller: SERVER_API_CALLER, previous, policy }, 'floor policy changed');
    return { id, policy, previous };
  });
}
