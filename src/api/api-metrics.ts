// The API process's own Prometheus metrics (requests, dispatches, webhooks in and out, room events, SSE
// subscribers), on a prom-client registry of their own that /v1/metrics serves. Labels are bounded kinds
// (route, status, outcome, event type), never room or participant ids.
import { Counter, Gauge, Registry } from 'prom-client';

export class ApiMetrics {
  readonly registry = new Registry();

  counter<L extends string>(name: string, help: string, labelNames: readonly L[]): Counter<L> {
    return new Counter({ name, help, labelNames, registers: [this.registry] });
  }

  /** A gauge whose value is read when the metrics are scraped. */
  gauge(name: string, help: string, read: () => number): void {
    new Gauge({
      name,
      help,
      registers: [this.registry],
      collect() {
        this.set(read());
      },
    });
  }

  /** The exposition text and its content type. */
  async render(): Promise<{ text: string; contentType: string }> {
    return { text: await this.registry.metrics(), contentType: this.registry.contentType };
  }
}
