// The JSON Schema of agent definitions (agents/agent.schema.json), generated from the zod schema so
// editors complete and check YAML files with the same rules and descriptions the loader applies.
import { z } from 'zod';
import { agentSchema } from './schema.js';
export const SCHEMA_FILE_NAME = 'agent.schema.json';
/** The schema of what authors write (input side: durations as strings, defaults optional). */
export function agentJsonSchema() {
    const schema = z.toJSONSchema(agentSchema, {
        io: 'input',
        target: 'draft-2020-12',
        unrepresentable: 'throw',
    });
    return { ...schema, $id: SCHEMA_FILE_NAME, title: 'Agent definition' };
}
//# sourceMappingURL=json-schema.js.map