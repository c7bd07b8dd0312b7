// Switching the floor policy while the agent runs, two ways. A room RPC, `agent.set_floor`, with the
// payload `{"policy": "addressed"}`: only participants whose identity matches the definition's
// `participants.floor_control` patterns may call it; anyone else, a bad payload, or a mode without a
// floor gets an RPC error that says what was wrong. And a request a backend writes on the agent through
// the server API (room/floor-attribute.ts), answered the same way. The change applies from the next turn.
import { RpcError } from '@livekit/rtc-node';
import { z } from 'zod';
import { matchesAny } from '../room/admission.js';
import { FLOOR_POLICIES } from './floor-policy.js';
export const SET_FLOOR_METHOD = 'agent.set_floor';
/** RPC error codes of this method (outside LiveKit's reserved 1001-1999). */
export const FLOOR_RPC_ERRORS = { refused: 4403, invalid: 4400, noFloor: 4409 };
const payloadSchema = z.strictObject({ policy: z.enum(FLOOR_POLICIES) });
export function registerFloorControl(participant, options) {
    participant.registerRpcMethod(SET_FLOOR_METHOD, async ({ callerIdentity, payload }) => {
        const { floor } = options;
        if (!floor) {
            throw new RpcError(FLOOR_RPC_ERRORS.noFloor, 'this agent has no floor to switch: floor policies apply to participants.mode shared');
        }
        if (!matchesAny(options.allowed, callerIdentity)) {
            options.logger.warn({ caller: callerIdentity }, 'floor change refused: caller not allowed');
            throw new RpcError(FLOOR_RPC_ERRORS.refused, `${callerIdentity} may not change the floor (allowed: participants.floor_control)`);
        }
        let parsed;
        try {
            parsed = payloadSchema.parse(JSON.parse(payload));
        }
        catch {
            throw new RpcError(FLOOR_RPC_ERRORS.invalid, `expected {"policy": one of ${FLOOR_POLICIES.join(', ')}}, got ${payload.slice(0, 80)}`);
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
export function answerFloorRequests(attribute, floor, logger) {
    return attribute.onRequest(({ id, policy }) => {
        if (!floor)
            return {
                id,
                error: 'no_floor',
                message: 'this agent has no floor to switch: floor policies apply to participants.mode shared',
            };
        if (!FLOOR_POLICIES.includes(policy))
            return {
                id,
                error: 'invalid_policy',
                message: `expected one of ${FLOOR_POLICIES.join(', ')}, got "${policy}"`,
            };
        const previous = floor.policy;
        floor.set(policy, SERVER_API_CALLER);
        logger.info({ caller: SERVER_API_CALLER, previous, policy }, 'floor policy changed');
        return { id, policy, previous };
    });
}
//# sourceMappingURL=floor-control.js.map