// The embedding stack for one test file: a real LiveKit server whose webhooks go to the API, the API in
// this process (startApi), and the real worker as a child process (`pnpm start` with the API off),
// loading the definitions in `agentsDir`. Plus a small client for the API with a valid bearer token.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { dispose } from '@livekit/rtc-node';
import { apiToken } from '../../src/api/auth.js';
import type { ApiSettings } from '../../src/api/config.js';
import type { ApiContext } from '../../src/api/context.js';
import type { RouteSpec } from '../../src/api/router.js';
import { type RunningApi, startApi } from '../../src/api/server.js';
import { loadCatalog } from '../../src/dispatch/agent-catalog.js';
import { DEFAULT_AGENT_NAME } from '../../src/dispatch/worker.js';
import { DEFAULT_OBSERVER_IDENTITY } from '../../src/room/event-feed.js';
import { log } from '../../src/telemetry/log.js';
import { startTestLiveKit, type TestLiveKit } from './livekit.js';
import { type CliRun, runCli } from './worker.js';

export const TEST_AGENTS = fileURLToPath(new URL('../fixtures/agents/', import.meta.url));

export interface ApiReply {
  status: number;
  json: unknown;
  headers: Headers;
}

/** A webhook the LiveKit server posted, as it was posted. */
export interface RecordedWebhook {
  event: string;
  body: string;
  authorization: string;
}

export interface ApiStack {
  livekit: TestLiveKit;
  /** The webhooks LiveKit posted to the API, in order (they pass through a recorder on their way). */
  webhooks: RecordedWebhook[];
  api: RunningApi;
  worker: CliRun | undefined;
  /** A bearer token the API accepts. */
  token: string;
  /** Calls the API with the valid token (or `headers` given instead). */
  call(method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<ApiReply>;
  /** The workers' log lines worth reading when a test fails (info and up, without timing noise). */
  workerLog(): string;
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
  /** Routes served besides the API's own (the playground's, as `pnpm dev` serves them). */
  extraRoutes?: (context: ApiContext) => RouteSpec[];
}

/** Passes LiveKit's webhook posts on to the API (at `apiUrl()`, once it listens), keeping a copy of each. */
async function webhookRecorder(
  apiUrl: () => string | undefined,
  webhooks: RecordedWebhook[],
): Promise<Server> {
  const server = createServer(async (request, response) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks).toString('utf8');
    const authorization = request.headers.authorization ?? '';
    webhooks.push({ event: (JSON.parse(body) as { event: string }).event, body, authorization });
    const target = apiUrl();
    const forwarded = target
      ? await fetch(`${target}/v1/livekit/webhook`, {
          method: 'POST',
          headers: {
            'content-type': request.headers['content-type'] ?? 'application/webhook+json',
            authorization,
          },
          body,
        }).catch(() => undefined)
      : undefined;
    response.writeHead(forwarded?.status ?? 502).end(await forwarded?.text());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return server;
}

export async function startApiStack(options: ApiStackOptions = {}): Promise<ApiStack> {
  const agentsDir = options.agentsDir ?? TEST_AGENTS;
  const webhooks: RecordedWebhook[] = [];
  let api: RunningApi | undefined;
  // The API binds a port the OS picks when it listens (probing for a free one first raced other processes).
  const recorder = await webhookRecorder(() => api?.url, webhooks);
  const { port: recorderPort } = recorder.address() as AddressInfo;
  const livekit = await startTestLiveKit({ webhookUrl: `http://127.0.0.1:${recorderPort}/` });
  const workers: CliRun[] = [];
  try {
    api = await startApi({
      credentials: livekit,
      catalog: await loadCatalog(agentsDir),
      naming: { generalName: DEFAULT_AGENT_NAME, fallback: 'plain-echo' },
      settings: {
        host: '127.0.0.1',
        port: 0,
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
      extraRoutes: options.extraRoutes,
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
        // One job host runs every room of the file: less to start on a busy test machine.
        WORKER_HOSTS: '1',
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
      webhooks,
      api: running,
      worker,
      token,
      startWorker,
      workerLog: () =>
        workers
          .flatMap((w) => w.lines)
          .filter((line) => !/"level":20|event loop blocked|process not scheduled/.test(line))
          .map((line) => line.slice(0, 600))
          .join('\n'),
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
        recorder.close();
        await dispose();
      },
    };
  } catch (error) {
    await Promise.all(workers.map((worker) => worker.stop()));
    await api?.close();
    await livekit.close();
    recorder.close();
    throw error;
  }
}
