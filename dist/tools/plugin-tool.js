import { FrameworkError } from '../errors.js';
import { functionTool, parametersSchema } from '../registry/function-tool.js';
import { outputText } from './callable.js';
/** "text: expected string, received undefined; when: ..." */
function describeIssues(error) {
    return error.issues
        .map((issue) => `${issue.path.length > 0 ? issue.path.join('.') : 'arguments'}: ${issue.message}`)
        .join('; ');
}
export function pluginTool(tool) {
    const { spec } = tool;
    return {
        name: tool.name,
        wireName: tool.wireName,
        definition: functionTool(tool.wireName, spec.description, parametersSchema(spec.parameters)),
        async: spec.async ?? false,
        timeoutMs: spec.timeoutMs,
        async invoke(args, ctx) {
            const parsed = spec.parameters.safeParse(args);
            if (!parsed.success) {
                throw new FrameworkError('TOOL_ARGUMENTS_INVALID', `Invalid arguments for ${tool.name}: ${describeIssues(parsed.error)}. Call it again with arguments that match its parameters.`);
            }
            return { text: outputText(await spec.execute(parsed.data, ctx)), isError: false };
        },
    };
}
//# sourceMappingURL=plugin-tool.js.map