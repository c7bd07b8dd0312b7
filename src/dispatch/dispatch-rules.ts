// A definition's own dispatch rules (`dispatch:` in its file): which rooms call for the agent, by room
// name patterns and room metadata, and when (the room starting, or the first participant the agent
// admits joining). Pure decisions over what LiveKit reports; the dispatcher acts on them.
import { z } from 'zod';
import { globToRegExp, matchesAny } from '../definition/glob.js';
import type { AgentDefinition } from '../definition/index.js';
import { type AdmittedKind, admitsIdentity } from '../room/admission.js';

export type DispatchTrigger = NonNullable<AgentDefinition['dispatch']>['trigger'];

/** A room as the server reports it (webhooks, RoomServiceClient). */
export interface RoomFacts {
  name: string;
  /** The room's metadata as set by the product: a JSON object when rules match on it. */
  metadata: string;
}

/** A participant as the server reports it. */
export interface ParticipantFacts {
  identity: string;
  kind: AdmittedKind;
}

/** Participant kinds by the server protocol's numbers (livekit.ParticipantInfo.Kind). */
const SERVER_KINDS: Record<number, AdmittedKind> = {
  0: 'standard',
  1: 'ingress',
  2: 'egress',
  3: 'sip',
  4: 'agent',
  7: 'connector',
  8: 'bridge',
};

/** The kind of a participant the server describes (webhooks, listParticipants). */
export function serverKind(kind: number): AdmittedKind {
  return SERVER_KINDS[kind] ?? 'standard';
}

const metadataObject = z.record(z.string(), z.unknown());

/** The room's metadata as a JSON object, or undefined when it is empty or not one. */
export function metadataFields(metadata: string): Record<string, unknown> | undefined {
  if (metadata.trim() === '') return undefined;
  try {
    const parsed = metadataObject.safeParse(JSON.parse(metadata));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

function scalarText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}

/** Whether the definition's rules call for it in this room, whatever the trigger. */
export function roomMatches(definition: AgentDefinition, room: RoomFacts): boolean {
  const rules = definition.dispatch;
  if (!rules || !matchesAny(rules.rooms, room.name)) return false;
  if (!rules.room_metadata) return true;
  const fields = metadataFields(room.metadata);
  if (!fields) return false;
  return Object.entries(rules.room_metadata).every(([field, pattern]) => {
    const text = scalarText(fields[field]);
    return text !== undefined && globToRegExp(pattern).test(text);
  });
}

/** Whether the room starting dispatches the agent. */
export function firesOnRoomStart(definition: AgentDefinition, room: RoomFacts): boolean {
  return definition.dispatch?.trigger === 'room_started' && roomMatches(definition, room);
}

/** Whether this participant joining dispatches the agent: a participant the agent would hear. */
export function firesOnParticipant(
  definition: AgentDefinition,
  room: RoomFacts,
  participant: ParticipantFacts,
): boolean {
  return (
    definition.dispatch?.trigger === 'first_participant' &&
    roomMatches(definition, room) &&
    admitsIdentity(definition.participants, participant.identity, participant.kind)
  );
}
