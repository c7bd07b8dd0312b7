// A WebSocket relay between an agent and the engine that watches the realtime protocol go by without
// changing it: for every tool call, when the model's arguments were done (`response.function_call_
// arguments.done`, engine to agent) and when the agent sent the call's output (`conversation.item.create`
// of a `function_call_output`, agent to engine). Both times are taken here, so the gap is the agent's.
import { once } from 'node:events';
import { WebSocket, WebSocketServer } from 'ws';
function parse(data) {
    try {
        return JSON.parse(data);
    }
    catch {
        return {};
    }
}
/** Relays ws://127.0.0.1:PORT/<path> to `engineUrl`'s origin with the same path, query and key. */
export async function startWireTap(engineUrl) {
    const upstreamOrigin = new URL(engineUrl).origin;
    const calls = new Map();
    const server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
    await once(server, 'listening');
    server.on('connection', (client, request) => {
        const upstream = new WebSocket(`${upstreamOrigin}${request.url ?? ''}`, {
            headers: request.headers.authorization ? { Authorization: request.headers.authorization } : {},
        });
        const early = [];
        client.on('message', (data) => {
            const text = data.toString();
            const event = parse(text);
            if (event.type === 'conversation.item.create' && event.item?.type === 'function_call_output') {
                const call = event.item.call_id ? calls.get(event.item.call_id) : undefined;
                if (call)
                    call.outputSentAt ??= performance.now();
            }
            if (upstream.readyState === WebSocket.OPEN)
                upstream.send(text);
            else
                early.push(text);
        });
        upstream.on('open', () => {
            for (const text of early.splice(0))
                upstream.send(text);
        });
        upstream.on('message', (data) => {
            const text = data.toString();
            const event = parse(text);
            if (event.type === 'response.function_call_arguments.done' && event.call_id) {
                calls.set(event.call_id, {
                    callId: event.call_id,
                    name: event.name ?? 'unknown',
                    argumentsDoneAt: performance.now(),
                });
            }
            client.send(text);
        });
        const closeBoth = () => {
            client.close();
            upstream.close();
        };
        client.on('close', closeBoth);
        upstream.on('close', closeBoth);
        upstream.on('error', closeBoth);
    });
    return {
        url: `ws://127.0.0.1:${server.address().port}${new URL(engineUrl).pathname}`,
        calls,
        close: () => new Promise((resolve) => {
            for (const client of server.clients)
                client.terminate();
            server.close(() => resolve());
        }),
    };
}
//# sourceMappingURL=wire-tap.js.map