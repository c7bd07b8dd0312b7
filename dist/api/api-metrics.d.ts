import { Counter, Registry } from 'prom-client';
export declare class ApiMetrics {
    readonly registry: Registry<"text/plain; version=0.0.4; charset=utf-8">;
    counter<L extends string>(name: string, help: string, labelNames: readonly L[]): Counter<L>;
    /** A gauge whose value is read when the metrics are scraped. */
    gauge(name: string, help: string, read: () => number): void;
    /** The exposition text and its content type. */
    render(): Promise<{
        text: string;
        contentType: string;
    }>;
}
