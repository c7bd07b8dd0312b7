// Read-only views of what the engine holds, for tests and tools outside it: a session's conversation as
// plain data, items in order with their role, text parts and transcripts. Snapshots are copies taken
// when asked for; audio appears as its length, never as samples.
import { audioMs } from './conversation.js';
/** The item as plain data; undefined for item types the engine never stores (MCP). */
export function itemSnapshot(stored) {
    const { item } = stored;
    switch (item.type) {
        case 'message':
            return {
                id: item.id,
                type: 'message',
                role: item.role,
                status: item.status ?? null,
                content: item.content.map((part) => {
                    const entry = { type: part.type ?? 'unknown' };
                    if ('text' in part && typeof part.text === 'string')
                        entry.text = part.text;
                    if ('transcript' in part)
                        entry.transcript = part.transcript ?? null;
                    return entry;
                }),
                audioMs: Math.round(audioMs(stored.audio)),
            };
        case 'function_call':
            return {
                id: item.id,
                type: 'function_call',
                callId: item.call_id ?? '',
                name: item.name,
                arguments: item.arguments,
            };
        case 'function_call_output':
            return { id: item.id, type: 'function_call_output', callId: item.call_id, output: item.output };
        default:
            return undefined;
    }
}
//# sourceMappingURL=session-snapshot.js.map