import type * as RT from 'openai/resources/realtime/realtime';
/** Every optional field may also be null, recursively (the hosted service's JSON). */
export type Wire<T> = T extends string | number | boolean | bigint | symbol | null | undefined ? T : T extends readonly (infer E)[] ? Wire<E>[] : T extends object ? {
    [K in keyof T]: undefined extends T[K] ? Wire<T[K]> | null : Wire<T[K]>;
} : T;
/** The full effective session, as `session.created` / `session.updated` carry it. */
export type WireSession = Wire<RT.RealtimeSessionCreateRequest> & {
    object: 'realtime.session';
    id: string;
    expires_at: number;
};
export type WireItem = Wire<RT.ConversationItem>;
export type WireResponse = Wire<RT.RealtimeResponse>;
export type WireUsage = Wire<RT.RealtimeResponseUsage>;
export type WireError = Wire<RT.RealtimeError>;
export type TurnDetection = RT.RealtimeAudioInputTurnDetection;
export type AudioFormatConfig = RT.RealtimeAudioFormats;
export type FunctionTool = RT.RealtimeFunctionTool;
type SessionEvent = {
    type: 'session.created' | 'session.updated';
    event_id: string;
    session: WireSession;
};
export type ServerEvent = Wire<Exclude<RT.RealtimeServerEvent, RT.SessionCreatedEvent | RT.SessionUpdatedEvent>> | SessionEvent;
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
/** A server event before the engine stamps its `event_id`. */
export type OutgoingEvent = DistributiveOmit<ServerEvent, 'event_id'>;
export type ClientEvent = RT.RealtimeClientEvent;
export type ClientEventType = ClientEvent['type'];
export {};
