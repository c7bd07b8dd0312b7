// The realtime `session.update` shape of a tool: `{ type: 'function', name, description, parameters }`
// with the wire name and a JSON Schema made from the tool's zod parameters.
import type { RealtimeFunctionTool } from 'openai/resources/realtime/realtime';
import { z } from 'zod';

export interface FunctionTool extends RealtimeFunctionTool {
  type: 'function';
  name: string;
  description: string;
  parameters: Record<string, unknown>;
}

/** JSON Schema of a zod object, as the model reads it (no `$schema` marker). */
export function parametersSchema(schema: z.ZodObject): Record<string, unknown> {
  const { $schema: _marker, ...rest } = z.toJSONSchema(schema, { io: 'input' }) as Record<string, unknown>;
  return rest;
}

export function functionTool(
  wireName: string,
  description: string,
  parameters: Record<string, unknown>,
): FunctionTool {
  return { type: 'function', name: wireName, description, parameters };
}
