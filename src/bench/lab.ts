// The room lab a bench run shares between its room suites: one real LiveKit server, one engine process
// every agent talks to, the clip talkers say, and the agent fleets (project, floor, peer, worker), each started
// the first time a suite asks for it and stopped with the lab.
import type { Logger } from '../telemetry/log.js';
import { type BenchLiveKit, startBenchLiveKit } from './bench-livekit.js';
import { type EngineProcess, startEngineProcess } from './engine-process.js';
import {
  type AgentFleet,
  type FleetName,
  startHostFleet,
  startPeerFleet,
  startWorkerFleet,
} from './fleets.js';
import { type SpokenClip, spokenClip } from './speech-source.js';

export interface RoomLab {
  livekit: BenchLiveKit;
  engine: EngineProcess;
  /** What the talkers say each turn. */
  clip: SpokenClip;
  fleet(name: FleetName): Promise<AgentFleet>;
  close(): Promise<void>;
}

export interface LabOptions {
  /** The clip talkers say (48 kHz speech WAV). */
  talkerWav: string;
  /** The clip the engine answers with (speech WAV, any rate). */
  replyWav: string;
  logger: Logger;
}

export async function openLab(options: LabOptions): Promise<RoomLab> {
  const { logger } = options;
  const livekit = await startBenchLiveKit(logger);
  let engine: EngineProcess | undefined;
  try {
    engine = await startEngineProcess({ replyWav: options.replyWav, logger });
  } catch (error) {
    await livekit.close();
    throw error;
  }
  const clip = await spokenClip(options.talkerWav);
  const fleets = new Map<FleetName, Promise<AgentFleet>>();
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
            : name === 'worker'
              ? startWorkerFleet({ WORKER_ISOLATION: 'host', WORKER_HOSTS: '2' }, context)
              : name === 'dispatched'
                ? startWorkerFleet({ WORKER_ISOLATION: 'host', WORKER_HOSTS: '2' }, context, running.url)
                : startHostFleet(name, running.url, context);
        fleets.set(name, fleet);
      }
      return fleet;
    },
    async close() {
      for (const fleet of fleets.values()) await (await fleet.catch(() => undefined))?.close();
      await running.stop();
      await livekit.close();
    },
  };
}
