import type { RealtimeFunctionTool } from 'openai/resources/realtime/realtime';
import { z } from 'zod';
export interface FunctionTool extends RealtimeFunctionTool {
    type: 'function';
    name: string;
    description: string;
    parameters: Record<string, unknown>;
}
/** JSON Schema of a zod object, as the model reads it (no `$schema` marker). */
export declare function parametersSchema(schema: z.ZodObject): Record<string, unknown>;
export declare function functionTool(wireName: string, description: string, parameters: Record<string, unknown>): FunctionTool;
