import { z } from 'zod';
/** JSON Schema of a zod object, as the model reads it (no `$schema` marker). */
export function parametersSchema(schema) {
    const { $schema: _marker, ...rest } = z.toJSONSchema(schema, { io: 'input' });
    return rest;
}
export function functionTool(wireName, description, parameters) {
    return { type: 'function', name: wireName, description, parameters };
}
//# sourceMappingURL=function-tool.js.map