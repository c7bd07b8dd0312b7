// Switching an agent's floor policy from a backend, with no one in the room: write a request on the agent
// participant through the server API and wait for its answer (room/floor-attribute.ts). The API's
// `PUT /v1/rooms/{room}/floor` and embedding code call this.
import { randomUUID } from 'node:crypto';
import type { ParticipantInfo } from 'livekit-server-sdk';
import { type AgentNaming, participantDefinition } from '../dispatch/room-agents.js';
import type { ServerApi } from '../dispatch/server-api.js';
import { FrameworkError } from '../errors.js';
import {
  FLOOR_ANSWER_ATTRIBUTE,
  FLOOR_REQUEST_ATTRIBUTE,
  floorAnswerSchema,
  readJsonAttribute,
} from '../room/floor-attribute.js';

export interface FloorSwitch {
  room: string;
  agent: string;
  identity: string;
  policy: string;
  previous: string;
}

const ANSWER_TIMEOUT_MS = 5_000;
const POLL_MS = 150;

/** The one agent participant the request is for: `agent` by name, or the only agent in the room. */
function targetOf(room: string, participants: ParticipantInfo[], naming: AgentNaming, agent?: string) {
  const agents = participants
    .map((participant) => ({ participant, name: participantDefinition(participant, naming) }))
    .filter((entry): entry is { participant: ParticipantInfo; name: string } => entry.name !== undefined)
    .filter((entry) => agent === undefined || entry.name === agent);
  if (agents.length === 0)
    throw new FrameworkError(
      'AGENT_NOT_IN_ROOM',
      `no agent${agent ? ` "${agent}"` : ''} is in room "${room}"`,
    );
  if (agents.length > 1)
    throw new FrameworkError(
      'AGENT_AMBIGUOUS',
      `room "${room}" has several agents (${agents.map((entry) => entry.name).join(', ')}); name one`,
    );
  return agents[0]!;
}

/**
 * Switches the floor of `agent` (or the room's only agent) to `policy`. Throws FrameworkError:
 * ROOM_NOT_FOUND, AGENT_NOT_IN_ROOM, AGENT_AMBIGUOUS, FLOOR_UNAVAILABLE (the agent's mode has no floor),
 * AGENT_NO_ANSWER.
 */
export async function switchFloor(
  api: ServerApi,
  naming: AgentNaming,
  room: string,
  policy: string,
  agent?: string,
): Promise<FloorSwitch> {
  const [found] = await api.rooms.listRooms([room]);
  if (!found) throw new FrameworkError('ROOM_NOT_FOUND', `room "${room}" does not exist`);
  const target = targetOf(room, await api.rooms.listParticipants(room), naming, agent);
  const identity = target.participant.identity;
  const id = randomUUID();
  await api.rooms.updateParticipant(room, identity, {
    attributes: { [FLOOR_REQUEST_ATTRIBUTE]: JSON.stringify({ id, policy }) },
  });
  const deadline = Date.now() + ANSWER_TIMEOUT_MS;
  while (Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    const participant = await api.rooms.getParticipant(room, identity).catch(() => undefined);
    if (!participant)
      throw new FrameworkError('AGENT_NOT_IN_ROOM', `the agent ${identity} left room "${room}"`);
    const answer = readJsonAttribute(participant.attributes[FLOOR_ANSWER_ATTRIBUTE], floorAnswerSchema);
    if (answer?.id !== id) continue;
    if ('error' in answer)
      throw new FrameworkError(
        answer.error === 'no_floor' ? 'FLOOR_UNAVAILABLE' : 'CONFIG_INVALID',
        answer.message,
      );
    return { room, agent: target.name, identity, policy: answer.policy, previous: answer.previous };
  }
  throw new FrameworkError(
    'AGENT_NO_ANSWER',
    `the agent ${identity} did not answer within ${ANSWER_TIMEOUT_MS} ms`,
  );
}
