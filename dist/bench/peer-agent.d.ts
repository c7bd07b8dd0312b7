declare const _default: import("@livekit/agents").AgentDefinition<Record<string, unknown>>;
export default _default;
