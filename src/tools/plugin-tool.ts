// Turns a registry tool (a plugin's defineTool) into a CallableTool: the model's arguments are checked
// with the tool's zod schema, and a mismatch becomes text the model can act on rather than a crash.
import type { z } from 'zod';
import { FrameworkError } from '../errors.js';
import { functionTool, parametersSchema } from '../registry/function-tool.js';
import type { RegisteredTool } from '../registry/registry.js';
import { type CallableTool, outputText } from './callable.js';

/** "text: expected string, received undefined; when: ..." */
function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => `${issue.path.length > 0 ? issue.path.join('.') : 'arguments'}: ${issue.message}`)
    .join('; ');
}

export function pluginTool(tool: RegisteredTool): CallableTool {
  const { spec } = tool;
  return {
    name: tool.name,
    wireName: tool.wireName,
    definition: functionTool(tool.wireName, spec.description, parametersSchema(spec.parameters)),
    async: spec.async ?? false,
    timeoutMs: spec.timeoutMs,
    restricted: spec.restricted ?? false,
    async invoke(args, ctx) {
      const parsed = spec.parameters.safeParse(args);
      if (!parsed.success) {
        throw new FrameworkError(
          'TOOL_ARGUMENTS_INVALID',
          `Invalid arguments for ${tool.name}: ${describeIssues(parsed.error)}. Call it again with arguments that match its parameters.`,
        );
      }
      return { text: outputText(await spec.execute(parsed.data, ctx)), isError: false };
    },
  };
}
