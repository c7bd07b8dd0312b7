// A room's agents: dispatch one (idempotent PUT), list dispatches and agents, remove one (its dispatches
// go and LiveKit ends their jobs), switch an agent's floor policy, and follow the room's events (SSE).
import { FrameworkError } from '../../errors.js';
import type { ApiContext } from '../context.js';
import { switchFloor } from '../room-floor.js';
import { route } from '../router.js';
import {
  dispatchOutcome,
  eventsQuery,
  floorRequest,
  floorResponse,
  removeResponse,
  roomAgentParams,
  roomAgentsResponse,
  roomEventRecord,
  roomParams,
} from '../schemas.js';

export function roomRoutes(context: ApiContext) {
  const { dispatcher } = context;
  return [
    route({
      method: 'PUT',
      path: '/v1/rooms/{room}/agents/{agent}',
      operationId: 'dispatchAgent',
      tag: 'rooms',
      summary: 'Put an agent into a room (idempotent)',
      description:
        'Creates the room if needed and dispatches the agent, unless it is already there or on its way: repeated, concurrent or replayed requests never add a second copy.',
      auth: 'bearer',
      params: roomAgentParams,
      responses: {
        201: { description: 'Dispatched now.', schema: dispatchOutcome },
        200: { description: 'Already there or on its way; nothing added.', schema: dispatchOutcome },
        404: { description: 'AGENT_UNKNOWN: no definition of that name.' },
      },
      handle: async ({ params }) => {
        const outcome = await dispatcher.ensure(params.room, params.agent, 'api');
        void context.hub.watchAgents(params.room);
        return { status: outcome.created ? 201 : 200, json: dispatchOutcome.parse(outcome) };
      },
    }),
    route({
      method: 'GET',
      path: '/v1/rooms/{room}/agents',
      operationId: 'listRoomAgents',
      tag: 'rooms',
      summary: "List a room's agent dispatches and agents",
      auth: 'bearer',
      params: roomParams,
      responses: {
        200: { description: 'Dispatches and agent participants.', schema: roomAgentsResponse },
        404: { description: 'ROOM_NOT_FOUND.' },
      },
      handle: async ({ params }) => {
        const facts = await dispatcher.facts(params.room);
        if (!facts) throw new FrameworkError('ROOM_NOT_FOUND', `room "${params.room}" does not exist`);
        return {
          status: 200,
          json: roomAgentsResponse.parse({
            room: params.room,
            dispatches: facts.dispatches.map((dispatch) => ({
              id: dispatch.id,
              agent: dispatch.agent,
              agentName: dispatch.agentName,
              createdAt: new Date(dispatch.createdAtMs).toISOString(),
              standing: dispatch.standing,
              identities: dispatch.identities,
            })),
            agents: [...facts.agents].map(([agent, identities]) => ({ agent, identities })),
          }),
        };
      },
    }),
    route({
      method: 'DELETE',
      path: '/v1/rooms/{room}/agents/{agent}',
      operationId: 'removeAgent',
      tag: 'rooms',
      summary: 'Remove an agent from a room',
      description:
        "Deletes the agent's dispatches in the room; LiveKit ends their jobs and the agent leaves.",
      auth: 'bearer',
      params: roomAgentParams,
      responses: {
        200: { description: 'Removed.', schema: removeResponse },
        404: { description: 'ROOM_NOT_FOUND, AGENT_UNKNOWN or DISPATCH_NOT_FOUND.' },
      },
      handle: async ({ params }) => {
        if (!(await dispatcher.facts(params.room)))
          throw new FrameworkError('ROOM_NOT_FOUND', `room "${params.room}" does not exist`);
        const removed = await dispatcher.remove(params.room, params.agent);
        if (removed.length === 0)
          throw new FrameworkError(
            'DISPATCH_NOT_FOUND',
            `room "${params.room}" has no dispatch of "${params.agent}"`,
          );
        return { status: 200, json: removeResponse.parse({ ...params, removed }) };
      },
    }),
    route({
      method: 'PUT',
      path: '/v1/rooms/{room}/floor',
      operationId: 'setFloor',
      tag: 'rooms',
      summary: "Switch an agent's floor policy",
      description:
        "Writes a floor request on the agent participant through LiveKit's server API and waits for the agent's answer; applies from the next turn. Only agents in mode shared have a floor.",
      auth: 'bearer',
      params: roomParams,
      body: floorRequest,
      responses: {
        200: { description: 'Switched.', schema: floorResponse },
        404: { description: 'ROOM_NOT_FOUND or AGENT_NOT_IN_ROOM.' },
        409: { description: 'FLOOR_UNAVAILABLE (mode not shared) or AGENT_AMBIGUOUS (name the agent).' },
        504: { description: 'AGENT_NO_ANSWER.' },
      },
      handle: async ({ params, body }) => {
        const result = await switchFloor(context.api, context.naming, params.room, body.policy, body.agent);
        return { status: 200, json: floorResponse.parse(result) };
      },
    }),
    route({
      method: 'GET',
      path: '/v1/rooms/{room}/events',
      operationId: 'roomEvents',
      tag: 'rooms',
      summary: "Follow a room's events (server-sent events)",
      description:
        "A text/event-stream of the agents' events in order: transcript lines per speaker (partial and final), state, floor changes, turns and decisions, interruptions, tool calls, usage, errors, and agents joining and leaving. The first event, `ready`, lists the agents present with their state and floor. A subscriber that stops reading is cut off once it is 1 MB behind; the room is never held up.",
      auth: 'bearer',
      params: roomParams,
      query: eventsQuery,
      responses: {
        200: {
          description: 'The event stream; each data line is one record.',
          schema: roomEventRecord,
          contentType: 'text/event-stream',
        },
        404: { description: 'ROOM_NOT_FOUND.' },
      },
      handle: async ({ params, query, response }) => {
        await context.hub.subscribe(params.room, response, {
          types: query.types ? new Set(query.types) : undefined,
          agent: query.agent,
        });
        return { streaming: true };
      },
    }),
  ];
}
