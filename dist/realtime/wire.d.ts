import type { RealtimeServerEvent } from 'openai/resources/realtime/realtime';
export type { ConversationItem, RealtimeClientEvent, RealtimeResponseCreateParams, RealtimeResponseUsage, RealtimeServerEvent, RealtimeSessionCreateRequest, } from 'openai/resources/realtime/realtime';
/** Every server event type name the SDK knows. */
export type ServerEventType = RealtimeServerEvent['type'];
/** Server events keyed by their `type`, so a listener for one name receives that event's shape. */
export type ServerEventMap = {
    [E in RealtimeServerEvent as E['type']]: E;
};
