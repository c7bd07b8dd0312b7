// The metrics endpoint: Prometheus text at /metrics on 127.0.0.1, nothing else served, and clear errors
// for a port in use or a bad METRICS_PORT.
import { afterEach, describe, expect, it } from 'vitest';
import { FrameworkError } from '../../src/errors.js';
import { metrics } from '../../src/telemetry/metrics.js';
import {
  type MetricsEndpoint,
  metricsEndpointFromEnv,
  startMetricsEndpoint,
} from '../../src/telemetry/metrics-endpoint.js';

const open: MetricsEndpoint[] = [];
afterEach(async () => {
  for (const endpoint of open.splice(0)) await endpoint.close();
});

describe('the metrics endpoint', () => {
  it('serves the process metrics in Prometheus text format on 127.0.0.1', async () => {
    const endpoint = await startMetricsEndpoint(metricsEndpointFromEnv({}));
    open.push(endpoint);
    expect(endpoint.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/metrics$/);
    metrics().turns.inc({ agent: 'endpoint-test' }, 3);
    const response = await fetch(endpoint.url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/plain');
    const text = await response.text();
    expect(text).toContain('roomvoice_turns_total{agent="endpoint-test"} 3');
    expect(text).toContain('# TYPE roomvoice_reply_latency_seconds histogram');
    expect((await fetch(endpoint.url.replace('/metrics', '/'))).status).toBe(404);
  });

  it('names the setting when its port is taken', async () => {
    const first = await startMetricsEndpoint({ host: '127.0.0.1', port: 0 });
    open.push(first);
    const port = Number(new URL(first.url).port);
    const second = startMetricsEndpoint({ host: '127.0.0.1', port });
    await expect(second).rejects.toThrow(FrameworkError);
    await expect(second).rejects.toThrow(`port ${port} (METRICS_PORT) on 127.0.0.1 is already in use`);
  });

  it('refuses a METRICS_PORT that is not a port', () => {
    expect(() => metricsEndpointFromEnv({ METRICS_PORT: 'ninety' })).toThrow(/METRICS_PORT/);
    expect(() => metricsEndpointFromEnv({ METRICS_PORT: '70000' })).toThrow(/METRICS_PORT/);
    expect(metricsEndpointFromEnv({ METRICS_PORT: '9464', METRICS_HOST: '0.0.0.0' })).toEqual({
      host: '0.0.0.0',
      port: 9464,
    });
  });
});
