// Participant tokens for joining a room, optionally asking LiveKit to dispatch an agent into the room when
// it is created (the token's room configuration). LiveKit ignores that if the room already exists
// (livekit/livekit#4390), so `tokenBringingAgent` dispatches the agent itself in that case.
import { AccessToken, RoomAgentDispatch, RoomConfiguration } from 'livekit-server-sdk';
export function participantToken(credentials, options) {
    const token = new AccessToken(credentials.apiKey, credentials.apiSecret, {
        identity: options.identity,
        name: options.name ?? options.identity,
        ttl: options.ttl ?? '24h',
    });
    token.addGrant({
        room: options.room,
        roomJoin: true,
        canPublish: true,
        canSubscribe: true,
        canPublishData: true,
    });
    if (options.agentName) {
        token.roomConfig = new RoomConfiguration({
            agents: [new RoomAgentDispatch({ agentName: options.agentName })],
        });
    }
    return token.toJwt();
}
/**
 * A token whose join brings `agentName` into the room: by the token's room configuration when the join
 * creates the room, and by dispatching it now (idempotently) when the room already exists. Returns the
 * dispatch made or reused now, if any.
 */
export async function tokenBringingAgent(credentials, dispatcher, options, route = 'token') {
    dispatcher.requireAgent(options.agentName);
    const token = await participantToken(credentials, options);
    const exists = await dispatcher.roomExists(options.room);
    const dispatchId = exists
        ? (await dispatcher.ensure(options.room, options.agentName, route)).dispatchId
        : undefined;
    return { token, dispatchId };
}
//# sourceMappingURL=tokens.js.map