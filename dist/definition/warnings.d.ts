import type { AgentDefinition } from './schema.js';
export interface Warning {
    path: PropertyKey[];
    message: string;
}
export declare function definitionWarnings(agent: AgentDefinition): Warning[];
