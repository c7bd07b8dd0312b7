// The messages between the bench and its agent host process (agent-host.ts): join a room with a role,
// leave it; and the host's reports back. Commands are checked with zod where the host receives them.
import { z } from 'zod';
import { AGENT_ROLES } from './bench-roles.js';
export const hostCommandSchema = z.discriminatedUnion('type', [
    z.strictObject({
        type: z.literal('join'),
        room: z.string().min(1),
        url: z.string().min(1),
        token: z.string().min(1),
        role: z.enum(AGENT_ROLES),
        /** An engine for this room instead of the host's (the tool bench's scripted engine). */
        engineUrl: z.string().optional(),
    }),
    z.strictObject({ type: z.literal('leave'), room: z.string().min(1) }),
]);
//# sourceMappingURL=host-protocol.js.map