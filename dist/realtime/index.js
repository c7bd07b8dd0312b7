// The realtime protocol layer's public surface: the client, its options and events, providers,
// session config, service errors and the wire types. Nothing here knows about rooms.
export { RealtimeClient, } from './client.js';
export { RealtimeModelSession, } from './model-session.js';
export { parseProviderOptions, providerOptionsSchema, resolveEndpoint, } from './providers.js';
export { RealtimeServiceError } from './service-error.js';
export { parseSessionConfig, sessionConfigSchema, } from './session-config.js';
export { buildSessionUpdate } from './session-update.js';
//# sourceMappingURL=index.js.map