export declare const SCHEMA_FILE_NAME = "agent.schema.json";
/** The schema of what authors write (input side: durations as strings, defaults optional). */
export declare function agentJsonSchema(): Record<string, unknown>;
