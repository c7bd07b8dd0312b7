import { functionTool } from '../../registry/function-tool.js';
import { qualifiedName, toWireName } from '../../registry/names.js';
/** Bounds a reply that never comes; the executor's own timeout normally ends the call much earlier. */
const REQUEST_CEILING_MS = 600_000;
function contentText(part) {
    switch (part.type) {
        case 'text':
            return part.text;
        case 'image':
        case 'audio':
            return `[${part.type} ${part.mimeType}, ${Math.round((part.data.length * 3) / 4)} bytes]`;
        case 'resource':
            return 'text' in part.resource ? part.resource.text : `[resource ${part.resource.uri}]`;
        case 'resource_link':
            return `[resource ${part.uri}${part.name ? ` "${part.name}"` : ''}]`;
        default:
            return '';
    }
}
export function resultOutput(result) {
    const parts = result.content.map(contentText).filter((text) => text.length > 0);
    if (parts.length === 0 && result.structuredContent !== undefined)
        parts.push(JSON.stringify(result.structuredContent));
    return { text: parts.length > 0 ? parts.join('\n') : 'Done.', isError: result.isError === true };
}
/** A CallableTool for `tool` on server `server`; undefined when its name cannot go on the wire. */
export function mcpTool(server, tool, session) {
    const name = qualifiedName(server, tool.name);
    const wireName = toWireName(name);
    if (wireName === undefined)
        return undefined;
    return {
        name,
        wireName,
        definition: functionTool(wireName, tool.description ?? tool.title ?? tool.name, tool.inputSchema),
        async: false,
        timeoutMs: undefined,
        async invoke(args, ctx) {
            try {
                const result = await session.client().callTool({ name: tool.name, arguments: args }, undefined, {
                    signal: ctx.signal,
                    timeout: REQUEST_CEILING_MS,
                });
                return resultOutput(result);
            }
            catch (error) {
                session.failed(error);
                session.client(); // when the server went away mid-call, say that rather than "Connection closed"
                throw error;
            }
        },
    };
}
//# sourceMappingURL=mcp-tool.js.map