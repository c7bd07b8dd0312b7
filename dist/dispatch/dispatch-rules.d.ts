import type { AgentDefinition } from '../definition/index.js';
import { type AdmittedKind } from '../room/admission.js';
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
/** The kind of a participant the server describes (webhooks, listParticipants). */
export declare function serverKind(kind: number): AdmittedKind;
/** The room's metadata as a JSON object, or undefined when it is empty or not one. */
export declare function metadataFields(metadata: string): Record<string, unknown> | undefined;
/** Whether the definition's rules call for it in this room, whatever the trigger. */
export declare function roomMatches(definition: AgentDefinition, room: RoomFacts): boolean;
/** Whether the room starting dispatches the agent. */
export declare function firesOnRoomStart(definition: AgentDefinition, room: RoomFacts): boolean;
/** Whether this participant joining dispatches the agent: a participant the agent would hear. */
export declare function firesOnParticipant(definition: AgentDefinition, room: RoomFacts, participant: ParticipantFacts): boolean;
