// The embedded local realtime engine the worker runs for agents whose model is `provider: local` (the
// default), so everything works with no API key and no network. Job processes find it through an
// environment variable the worker sets before it starts them.
import { echoBehaviour, type RunningEngine, startEngine } from '../engine/index.js';
import { log } from '../telemetry/log.js';

export const ENGINE_URL_ENV = 'ROOMVOICE_ENGINE_URL';

export async function startEmbeddedEngine(): Promise<RunningEngine> {
  const engine = await startEngine({ behaviour: echoBehaviour(), log: log().child({ component: 'engine' }) });
  process.env[ENGINE_URL_ENV] = engine.url;
  return engine;
}
