export { type ClientState, type MalformedEvent, type Playback, RealtimeClient, type RealtimeClientEvents, type RealtimeClientOptions, type ReconnectedEvent, type RolloverEvent, type TruncateOutcome, } from './client.js';
export type { MirrorItem } from './conversation.js';
export { type FunctionCallRequest, type ModelSession, type ModelSessionEvents, RealtimeModelSession, } from './model-session.js';
export { type ProviderEndpoint, type ProviderOptionsInput, parseProviderOptions, providerOptionsSchema, resolveEndpoint, } from './providers.js';
export { type ErrorDisposition, type ErrorFault, RealtimeServiceError } from './service-error.js';
export { type FunctionTool, parseSessionConfig, type SessionConfig, type SessionConfigInput, sessionConfigSchema, } from './session-config.js';
export { buildSessionUpdate } from './session-update.js';
export type { UsageTotals } from './usage.js';
export type * from './wire.js';
