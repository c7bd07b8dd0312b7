import type { AgentDefinitionInput } from './schema.js';
/** Returns the definition unchanged; `export default defineAgent({...})` from a file in agents/. */
export declare function defineAgent<const T extends AgentDefinitionInput>(definition: T): T;
