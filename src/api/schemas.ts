// The API's request and response shapes, as zod schemas: they validate requests and generate the
// OpenAPI document (openapi.ts), so the two cannot disagree.
import { z } from 'zod';
import { DURATION_PATTERN, parseDuration } from '../definition/duration.js';
import { AGENT_NAME_PATTERN } from '../definition/index.js';
import { AGENT_EVENT_NAMES } from '../relay/agent-events.js';
import { FLOOR_POLICIES } from '../relay/floor-policy.js';

/** Room names and identities: letters, digits and `_ . : @ = + -`, up to 128 characters. */
const LIVEKIT_NAME = /^[A-Za-z0-9][A-Za-z0-9_.:@=+-]{0,127}$/;

export const roomName = z
  .string()
  .regex(LIVEKIT_NAME, 'expected a room name of letters, digits and _ . : @ = + - (up to 128)')
  .describe('A LiveKit room name.');
export const identity = z
  .string()
  .regex(LIVEKIT_NAME, 'expected an identity of letters, digits and _ . : @ = + - (up to 128)')
  .describe("A participant's identity in the room.");
export const agentName = z
  .string()
  .regex(AGENT_NAME_PATTERN, 'expected an agent name of lowercase letters, digits and dashes')
  .describe('The name of an agent definition.');

/** Token lifetimes: a duration like 10m or 2h, from 1 minute to 24 hours. */
const TOKEN_TTL_MAX_MS = 86_400_000;
export const tokenTtl = z
  .string()
  .regex(DURATION_PATTERN, 'expected a duration like 10m, 2h or 1h30m')
  .refine((text) => {
    const ms = parseDuration(text) ?? 0;
    return ms >= 60_000 && ms <= TOKEN_TTL_MAX_MS;
  }, 'must be between 1m and 24h')
  .describe('How long the token is valid, e.g. 2h (1m to 24h; default 6h).');

export const roomParams = z.strictObject({ room: roomName });
export const roomAgentParams = z.strictObject({ room: roomName, agent: agentName });

export const tokenRequest = z
  .strictObject({
    room: roomName,
    identity,
    name: z.string().min(1).max(128).optional().describe('Display name (default: the identity).'),
    ttl: tokenTtl.optional(),
    agent: agentName
      .optional()
      .describe(
        'Bring this agent along: the token carries a room agent dispatch, and the API dispatches it itself when the room already exists (LiveKit ignores a token dispatch then).',
      ),
  })
  .describe('A participant token for a room, optionally bringing an agent.');

export const tokenResponse = z
  .strictObject({
    token: z.string().describe('The participant JWT.'),
    url: z.string().describe('The LiveKit URL clients connect to.'),
    room: roomName,
    identity,
    expiresAt: z.string().describe('ISO 8601 time the token expires.'),
    agent: z
      .strictObject({
        name: agentName,
        dispatchId: z
          .string()
          .optional()
          .describe('Set when the API dispatched the agent because the room existed.'),
      })
      .optional(),
  })
  .describe('A participant token.');

export const dispatchOutcome = z
  .strictObject({
    room: roomName,
    agent: agentName,
    dispatchId: z
      .string()
      .optional()
      .describe('The dispatch bringing the agent (absent when it is already in the room).'),
    created: z
      .boolean()
      .describe('True when this request created the dispatch; false when it was already there.'),
  })
  .describe('The agent is in the room or on its way; never a second copy.');

export const roomDispatch = z.strictObject({
  id: z.string(),
  agent: z.string().optional().describe('The definition it runs (absent when its metadata names none).'),
  agentName: z.string().describe('The name LiveKit dispatched to.'),
  createdAt: z.string().describe('ISO 8601.'),
  standing: z
    .enum(['present', 'starting', 'stale'])
    .describe(
      'present: its agent is in the room; starting: on its way; stale: neither (its job failed or died).',
    ),
  identities: z.array(z.string()).describe('Participant identities its jobs joined with.'),
});

export const roomAgentsResponse = z
  .strictObject({
    room: roomName,
    dispatches: z.array(roomDispatch),
    agents: z
      .array(z.strictObject({ agent: z.string(), identities: z.array(z.string()) }))
      .describe('Agent participants in the room, by definition.'),
  })
  .describe("A room's agent dispatches and agents.");

export const removeResponse = z
  .strictObject({
    room: roomName,
    agent: agentName,
    removed: z.array(z.string()).describe('Dispatch ids deleted.'),
  })
  .describe('The dispatches were deleted; LiveKit ends their jobs and the agent leaves.');

export const agentSummary = z.strictObject({
  name: agentName,
  description: z.string().optional(),
  provider: z.string(),
  mode: z.enum(['single', 'shared', 'per-participant']),
  floor: z.enum(FLOOR_POLICIES).optional().describe('The starting floor policy (mode shared).'),
  dispatch: z
    .strictObject({
      rooms: z.array(z.string()),
      room_metadata: z.record(z.string(), z.string()).optional(),
      trigger: z.enum(['room_started', 'first_participant']),
    })
    .optional()
    .describe('Its own dispatch rules.'),
});

export const agentsResponse = z
  .strictObject({
    agents: z.array(agentSummary),
    skipped: z
      .array(z.strictObject({ file: z.string(), message: z.string() }))
      .describe('Definition files that did not load (pnpm validate says more).'),
  })
  .describe('The agent definitions the API knows.');

export const floorRequest = z
  .strictObject({
    policy: z.enum(FLOOR_POLICIES).describe('The floor policy to switch to.'),
    agent: agentName.optional().describe('The agent to switch (needed when the room has several).'),
  })
  .describe("Switch an agent's floor policy.");

export const floorResponse = z.strictObject({
  room: roomName,
  agent: agentName,
  identity,
  policy: z.enum(FLOOR_POLICIES),
  previous: z.enum(FLOOR_POLICIES),
});

/** The event types a room stream carries: the agent's own, plus the follower's news of agents. */
export const ROOM_EVENT_TYPES = [...AGENT_EVENT_NAMES, 'agent_joined', 'agent_left'] as const;

export const eventsQuery = z.strictObject({
  types: z
    .string()
    .transform((text) => text.split(',').map((type) => type.trim()))
    .pipe(z.array(z.enum(ROOM_EVENT_TYPES)).min(1))
    .optional()
    .describe(`Comma-separated event types to receive (default all): ${ROOM_EVENT_TYPES.join(', ')}.`),
  agent: agentName.optional().describe("Only this agent's events."),
});

export const roomEventRecord = z
  .strictObject({
    room: roomName,
    agent: z.string().describe('The definition name.'),
    identity: z.string().describe("The agent participant's identity."),
    seq: z.int().optional().describe("The agent's sequence number (absent for agent_joined / agent_left)."),
    at: z.number().describe('Milliseconds since the epoch.'),
    type: z.enum(ROOM_EVENT_TYPES),
    data: z.unknown().describe("The event's payload, as the agent's typed event map defines it."),
  })
  .describe('The data of each server-sent event (`event:` is the type, `id:` is identity:seq).');

export const healthResponse = z.strictObject({
  status: z.enum(['ok', 'degraded']),
  livekit: z.enum(['reachable', 'unreachable']),
  agents: z.int().describe('Definitions loaded.'),
  roomsFollowed: z.int(),
});

export const webhookAck = z.strictObject({
  received: z.string().describe('The LiveKit event name.'),
  duplicate: z.boolean().describe('True when the event id was already received: nothing was done again.'),
});
