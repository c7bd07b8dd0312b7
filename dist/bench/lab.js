import { startBenchLiveKit } from './bench-livekit.js';
import { startEngineProcess } from './engine-process.js';
import { startHostFleet, startPeerFleet } from './fleets.js';
import { spokenClip } from './speech-source.js';
export async function openLab(options) {
    const { logger } = options;
    const livekit = await startBenchLiveKit(logger);
    let engine;
    try {
        engine = await startEngineProcess({ replyWav: options.replyWav, logger });
    }
    catch (error) {
        await livekit.close();
        throw error;
    }
    const clip = await spokenClip(options.talkerWav);
    const fleets = new Map();
    const context = { livekit, logger };
    const running = engine;
    return {
        livekit,
        engine: running,
        clip,
        fleet(name) {
            let fleet = fleets.get(name);
            if (!fleet) {
                logger.info({ fleet: name }, 'starting agent fleet');
                fleet =
                    name === 'peer'
                        ? startPeerFleet(running.httpUrl, context)
                        : startHostFleet(name, running.url, context);
                fleets.set(name, fleet);
            }
            return fleet;
        },
        async close() {
            for (const fleet of fleets.values())
                await (await fleet.catch(() => undefined))?.close();
            await running.stop();
            await livekit.close();
        },
    };
}
//# sourceMappingURL=lab.js.map