/** The SSE id of a record: the agent's identity and sequence number, or the follower's own event. */
export function recordId(record) {
    return record.seq === undefined
        ? `${record.identity}:${record.type}:${record.at}`
        : `${record.identity}:${record.seq}`;
}
export class EventStream {
    #response;
    #options;
    #keepAlive;
    #ended = false;
    constructor(response, options) {
        this.#response = response;
        this.#options = options;
        response.writeHead(200, {
            'content-type': 'text/event-stream; charset=utf-8',
            'cache-control': 'no-store',
            connection: 'keep-alive',
            'x-accel-buffering': 'no',
        });
        response.flushHeaders();
        this.#keepAlive = setInterval(() => this.#write(': keep-alive\n\n'), options.keepAliveMs);
        response.on('close', () => this.end('closed'));
    }
    /** Writes one named event with JSON data, bypassing the filters (the `ready` greeting). */
    announce(event, data) {
        this.#write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
    }
    send(record) {
        if (this.#options.types && !this.#options.types.has(record.type))
            return;
        if (this.#options.agent && this.#options.agent !== record.agent)
            return;
        this.#write(`id: ${recordId(record)}\nevent: ${record.type}\ndata: ${JSON.stringify(record)}\n\n`);
    }
    #write(text) {
        if (this.#ended)
            return;
        if (this.#response.writableLength > this.#options.maxBufferedBytes) {
            this.end('overflow');
            return;
        }
        this.#response.write(text);
    }
    end(reason) {
        if (this.#ended)
            return;
        if (reason === 'room_closed')
            this.announce('room_closed', {});
        this.#ended = true;
        clearInterval(this.#keepAlive);
        // A subscriber that fell behind gets no goodbye: its buffer is full. Others get a clean end.
        if (reason === 'overflow')
            this.#response.destroy();
        else
            this.#response.end();
        this.#options.onEnd(reason);
    }
}
//# sourceMappingURL=event-stream.js.map