export declare class AgentNames {
    #private;
    constructor(names: readonly string[]);
    /** The name `transcript` addresses the agent by, if any. */
    heardIn(transcript: string): string | undefined;
}
