// Counters and gauges in the Prometheus text format (version 0.0.4), for the API's /v1/metrics. A
// metric has a name, help text and label names; values are kept per label set. No dependency and no
// global state: whoever serves the metrics owns the registry and hands it to what it measures.

type Labels = Record<string, string>;

interface Metric {
  name: string;
  help: string;
  type: 'counter' | 'gauge';
  values: Map<string, { labels: Labels; value: number }>;
  /** For gauges read when scraped. */
  read?: () => number;
}

const NAME = /^[a-zA-Z_:][a-zA-Z0-9_:]*$/;

function labelKey(labels: Labels): string {
  return Object.keys(labels)
    .sort()
    .map((key) => `${key}=${labels[key]}`)
    .join(',');
}

function escapeLabel(value: string): string {
  return value.replaceAll('\\', '\\\\').replaceAll('\n', '\\n').replaceAll('"', '\\"');
}

function formatLabels(labels: Labels): string {
  const entries = Object.entries(labels);
  if (entries.length === 0) return '';
  return `{${entries.map(([key, value]) => `${key}="${escapeLabel(value)}"`).join(',')}}`;
}

export class Counter {
  readonly #metric: Metric;
  constructor(metric: Metric) {
    this.#metric = metric;
  }
  inc(labels: Labels = {}, by = 1): void {
    const key = labelKey(labels);
    const entry = this.#metric.values.get(key);
    if (entry) entry.value += by;
    else this.#metric.values.set(key, { labels, value: by });
  }
  /** The current value for a label set (0 when never counted). */
  value(labels: Labels = {}): number {
    return this.#metric.values.get(labelKey(labels))?.value ?? 0;
  }
}

export class MetricsRegistry {
  readonly #metrics = new Map<string, Metric>();

  #add(name: string, help: string, type: Metric['type'], read?: () => number): Metric {
    if (!NAME.test(name)) throw new Error(`metric name "${name}" is not a Prometheus name`);
    if (this.#metrics.has(name)) throw new Error(`metric "${name}" is registered twice`);
    const metric: Metric = { name, help, type, values: new Map(), read };
    this.#metrics.set(name, metric);
    return metric;
  }

  counter(name: string, help: string): Counter {
    return new Counter(this.#add(name, help, 'counter'));
  }

  /** A gauge whose value is read when the metrics are scraped. */
  gauge(name: string, help: string, read: () => number): void {
    this.#add(name, help, 'gauge', read);
  }

  /** The exposition text. */
  render(): string {
    const lines: string[] = [];
    for (const metric of this.#metrics.values()) {
      lines.push(`# HELP ${metric.name} ${metric.help.replaceAll('\n', ' ')}`);
      lines.push(`# TYPE ${metric.name} ${metric.type}`);
      if (metric.read) lines.push(`${metric.name} ${metric.read()}`);
      for (const { labels, value } of metric.values.values())
        lines.push(`${metric.name}${formatLabels(labels)} ${value}`);
    }
    return `${lines.join('\n')}\n`;
  }
}

export const PROMETHEUS_CONTENT_TYPE = 'text/plain; version=0.0.4; charset=utf-8';
