// Checks a loaded plugin module against the shape `definePlugin` promises, so a plugin written in
// plain JS, or a wrong export, fails with an error naming the file and the field instead of breaking
// a live call later.
import { z } from 'zod';
import { FrameworkError } from '../errors.js';
import { NAME_PATTERN } from './names.js';
const name = z.string().regex(NAME_PATTERN, {
    message: `expected a name of letters, digits, "-" and single "_" (${NAME_PATTERN.source})`,
});
const envValues = z.record(z.string(), z.string());
const toolSchema = z
    .object({
    name,
    description: z.string().min(1, { message: 'expected a description for the model' }),
    parameters: z.custom((value) => value instanceof z.ZodObject, {
        message: 'expected a zod object schema, e.g. z.object({ text: z.string() })',
    }),
    timeoutMs: z.number().int().positive().optional(),
    async: z.boolean().optional(),
    execute: z.custom((value) => typeof value === 'function', {
        message: 'expected a function execute(args, ctx)',
    }),
})
    .strict();
const stdioSchema = z
    .object({
    name,
    description: z.string().optional(),
    command: z.string().min(1),
    args: z.array(z.string()).optional(),
    env: envValues.optional(),
    cwd: z.string().optional(),
})
    .strict();
const httpSchema = z
    .object({
    name,
    description: z.string().optional(),
    url: z.string().min(1),
    headers: envValues.optional(),
})
    .strict();
const pluginSchema = z
    .object({
    name,
    description: z.string().optional(),
    tools: z.array(toolSchema).optional(),
    mcp: z.array(z.union([stdioSchema, httpSchema])).optional(),
})
    .strict();
function describeIssues(error) {
    return error.issues
        .map((issue) => `${issue.path.length > 0 ? issue.path.join('.') : '(plugin)'}: ${issue.message}`)
        .join('; ');
}
/** The plugin a module exports (default export, else `plugin`), checked; throws PLUGIN_INVALID naming `source`. */
export function pluginFromModule(module, source) {
    const exported = module.default ?? module.plugin;
    if (exported === undefined) {
        throw new FrameworkError('PLUGIN_INVALID', `${source} exports no plugin: use "export default definePlugin({ name, tools })" or "export const plugin = ..."`);
    }
    const parsed = pluginSchema.safeParse(exported);
    if (!parsed.success) {
        throw new FrameworkError('PLUGIN_INVALID', `${source} is not a valid plugin: ${describeIssues(parsed.error)}`);
    }
    return parsed.data;
}
//# sourceMappingURL=validate.js.map