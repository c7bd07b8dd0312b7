// Which agent definition a dispatch asks for: its metadata's `{"agent": "<name>"}`, else the worker's
// default (AGENT_DEFINITION, default echo). Kept apart from the catalog so the worker process can read
// it without loading the definition machinery (the job hosts load the definitions).
import { z } from 'zod';
import { FrameworkError } from '../errors.js';
export const DEFAULT_DEFINITION = 'echo';
const dispatchMetadataSchema = z.strictObject({
    agent: z.string().min(1).describe('The name of the agent definition to run.'),
});
/** The definition a dispatch asks for: its metadata's `agent`, else the default. */
export function requestedAgent(metadata, fallback) {
    if (metadata.trim() === '')
        return fallback;
    let data;
    try {
        data = JSON.parse(metadata);
    }
    catch {
        throw new FrameworkError('CONFIG_INVALID', `dispatch metadata is not JSON: ${metadata.slice(0, 120)}`);
    }
    const parsed = dispatchMetadataSchema.safeParse(data);
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new FrameworkError('CONFIG_INVALID', `dispatch metadata ${issue?.path.join('.') || '(root)'}: ${issue?.message}; expected {"agent": "<definition name>"}`);
    }
    return parsed.data.agent;
}
//# sourceMappingURL=agent-request.js.map