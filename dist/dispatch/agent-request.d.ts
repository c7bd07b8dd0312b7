export declare const DEFAULT_DEFINITION = "echo";
/** The definition a dispatch asks for: its metadata's `agent`, else the default. */
export declare function requestedAgent(metadata: string, fallback: string): string;
