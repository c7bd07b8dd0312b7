// The embedding stack for one test file: a real LiveKit server whose webhooks go to the API, the API in
// this process (startApi), and the real worker as a child process (`pnpm start` with the API off),
// loading the definitions in `agentsDir`. Plus a small client for the API with a valid bearer token.
import { fileURLToPath } from 'node:url';
import { dispose } from '@livekit/rtc-node';
import { apiToken } from '../../src/api/auth.js';
import type { ApiSettings } from '../../src/api/config.js';
import { type RunningApi, startApi } from '../../src/api/server.js';
import { loadCatalog } from '../../src/dispatch/agent-catalog.js';
import { DEFAULT_AGENT_NAME } from '../../src/dispatch/worker.js';
import { DEFAULT_OBSERVER_IDENTITY } from '../../src/room/event-feed.js';
import { log } from '../../src/telemetry/log.js';
import { startTestLiveKit, type TestLiveKit } from './livekit.js';
import { freePort } from './processes.js';
import { type CliRun, runCli } from './worker.js';

export const TEST_AGENTS = fileURLToPath(new URL('../fixtures/agents/', import.meta.url));

export interface ApiReply {
  status: number;
  json: unknown;
  headers: Headers;
}

export interface ApiStack {
  livekit: TestLiveKit;
  api: RunningApi;
  worker: CliRun | undefined;
  /** A bearer token the API accepts. */
  token: string;
  /** Calls the API with the valid token (or `headers` given instead). */
  call(method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<ApiReply>;
  /** Starts (another) worker against the server. */
  startWorker(env?: Record<string, string>): Promise<CliRun>;
  close(): Promise<void>;
}

export interface ApiStackOptions {
  agentsDir?: string;
  /** Start a worker too (default true). */
  worker?: boolean;
  settings?: Partial<ApiSettings>;
  workerEnv?: Record<string, string>;
  maxBufferedBytes?: number;
}

export async function startApiStack(options: ApiStackOptions = {}): Promise<ApiStack> {
  const agentsDir = options.agentsDir ?? TEST_AGENTS;
  const port = await freePort();
  const livekit = await startTestLiveKit({ webhookUrl: `http://127.0.0.1:${port}/v1/livekit/webhook` });
  const workers: CliRun[] = [];
  let api: RunningApi | undefined;
  try {
    api = await startApi({
      credentials: livekit,
      catalog: await loadCatalog(agentsDir),
      naming: { generalName: DEFAULT_AGENT_NAME, fallback: 'plain-echo' },
      settings: {
        host: '127.0.0.1',
        port,
        apiKey: undefined,
        webhook: undefined,
        observer: DEFAULT_OBSERVER_IDENTITY,
        publicUrl: undefined,
        sweepIntervalMs: 2_000,
        dispatchGraceMs: 30_000,
        ...options.settings,
      },
      logger: log(),
      maxBufferedBytes: options.maxBufferedBytes,
    });
    const running = api;
    const startWorker = async (env: Record<string, string> = {}) => {
      const worker = runCli('start', {
        LIVEKIT_URL: livekit.url,
        LIVEKIT_API_KEY: livekit.apiKey,
        LIVEKIT_API_SECRET: livekit.apiSecret,
        AGENTS_DIR: agentsDir,
        AGENT_DEFINITION: 'plain-echo',
        ROOMVOICE_API_PORT: 'off',
        ...options.workerEnv,
        ...env,
      });
      workers.push(worker);
      await worker.waitFor(/worker registered; waiting/, 180_000);
      return worker;
    };
    const worker = options.worker === false ? undefined : await startWorker();
    const token = await apiToken(livekit);
    return {
      livekit,
      api: running,
      worker,
      token,
      startWorker,
      async call(method, path, body, headers) {
        const response = await fetch(`${running.url}${path}`, {
          method,
          headers: headers ?? {
            authorization: `Bearer ${token}`,
            ...(body === undefined ? {} : { 'content-type': 'application/json' }),
          },
          body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
        });
        const text = await response.text();
        let json: unknown = text;
        try {
          json = JSON.parse(text);
        } catch {
          // Not JSON (metrics): the text.
        }
        return { status: response.status, json, headers: response.headers };
      },
      async close() {
        await Promise.all(workers.map((worker) => worker.stop()));
        await running.close();
        await livekit.close();
        await dispose();
      },
    };
  } catch (error) {
    await Promise.all(workers.map((worker) => worker.stop()));
    await api?.close();
    await livekit.close();
    throw error;
  }
}
