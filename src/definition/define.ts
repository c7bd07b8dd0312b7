// `defineAgent` for definitions written in TypeScript (`agents/*.ts`): typed from the schema so the
// editor checks fields as they are typed; the loader validates the default export like a YAML file.
import type { AgentDefinitionInput } from './schema.js';

/** Returns the definition unchanged; `export default defineAgent({...})` from a file in agents/. */
export function defineAgent<const T extends AgentDefinitionInput>(definition: T): T {
  return definition;
}
