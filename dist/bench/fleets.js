import { PEER_AGENT_NAME } from './bench-roles.js';
import { BenchChild } from './child-process.js';
import { processTree } from './process-usage.js';
/** The project's or the floor's agent host process, on the engine at `engineUrl`. */
export async function startHostFleet(name, engineUrl, { livekit, logger }) {
    const host = new BenchChild('src/bench/agent-host.ts', {
        name: `${name} agent host`,
        args: [name],
        env: { ENGINE_URL: engineUrl, LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn' },
        logger,
    });
    await host.next((report) => (report.type === 'ready' ? true : undefined), 'ready');
    const failures = new Map();
    host.onMessage((report) => {
        if (report.type === 'failed') {
            failures.set(report.room, report.message);
            logger.error({ room: report.room, fleet: name }, `agent did not join: ${report.message}`);
        }
    });
    const send = (command) => host.send(command);
    return {
        name,
        pids: () => [host.pid],
        async place(room, role) {
            const token = await livekit.agentToken(room, `${name}-agent-${room}`);
            send({ type: 'join', room, url: livekit.credentials.url, token, role });
        },
        async remove(room) {
            const left = host.next((report) => report.type !== 'ready' && report.room === room && report.type !== 'joined' ? true : undefined, `leaving ${room}`);
            send({ type: 'leave', room });
            await left;
        },
        settled: async () => undefined,
        failure: (room) => failures.get(room),
        close: () => host.stop(),
    };
}
/** What the peer's worker last warned about (its JSON log lines at warn or above), if anything. */
function workerTrouble(output) {
    const lines = output
        .split('\n')
        .filter((line) => /"level":(40|50|60)\b/.test(line))
        .slice(-3)
        .map((line) => {
        try {
            const entry = JSON.parse(line);
            return [entry.msg, entry.error?.message ?? entry.err?.message].filter(Boolean).join(': ');
        }
        catch {
            return line.slice(0, 200);
        }
    });
    return lines.length > 0 ? `the peer worker logged: ${lines.join('; ')}` : undefined;
}
/** The peer's worker process, registered on the bench's server, its agents on the engine at `engineHttpUrl`. */
export async function startPeerFleet(engineHttpUrl, { livekit, logger }) {
    const { url, apiKey, apiSecret } = livekit.credentials;
    const worker = new BenchChild('src/bench/peer-worker.ts', {
        name: 'peer worker',
        env: {
            LIVEKIT_URL: url,
            LIVEKIT_API_KEY: apiKey,
            LIVEKIT_API_SECRET: apiSecret,
            ENGINE_HTTP_URL: engineHttpUrl,
            LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
        },
        logger,
    });
    await worker.next((message) => (message.type === 'registered' ? true : undefined), 'registration', 120_000);
    // Warm: the worker's idle job processes and its inference process are up when their count holds still.
    const processes = () => processTree([worker.pid]).length;
    const steady = async () => {
        let last = -1;
        let stableSince = performance.now();
        const deadline = performance.now() + 60_000;
        while (performance.now() < deadline) {
            const count = processes();
            if (count !== last) {
                last = count;
                stableSince = performance.now();
            }
            else if (performance.now() - stableSince > 3_000)
                return count;
            await new Promise((resolve) => setTimeout(resolve, 250));
        }
        return last;
    };
    const warmCount = await steady();
    return {
        name: 'peer',
        pids: () => [worker.pid],
        async place(room, role, talker) {
            const metadata = { role, talker };
            await livekit.dispatches.createDispatch(room, PEER_AGENT_NAME, { metadata: JSON.stringify(metadata) });
        },
        async remove(room) {
            // A LiveKit job ends when its room goes away.
            await livekit.rooms.deleteRoom(room).catch(() => undefined);
        },
        async settled() {
            const deadline = performance.now() + 60_000;
            while (performance.now() < deadline && processes() !== warmCount)
                await new Promise((resolve) => setTimeout(resolve, 250));
            await steady();
        },
        failure: () => workerTrouble(worker.output()),
        close: () => worker.stop(),
    };
}
//# sourceMappingURL=fleets.js.map