import type { Logger } from './log.js';
export interface MetricsEndpoint {
    url: string;
    close(): Promise<void>;
}
export interface MetricsEndpointOptions {
    host: string;
    port: number;
    /** The exposition text and its content type (default: this process's registry). */
    collect?: () => Promise<{
        text: string;
        contentType: string;
    }>;
}
/** The endpoint's host and port from METRICS_HOST and METRICS_PORT. */
export declare function metricsEndpointFromEnv(env?: NodeJS.ProcessEnv): {
    host: string;
    port: number;
};
export declare function startMetricsEndpoint(options: MetricsEndpointOptions): Promise<MetricsEndpoint>;
/** Serves this process's metrics (METRICS_HOST, METRICS_PORT) once, however often it is called; logs where. */
export declare function serveProcessMetrics(logger: Logger): Promise<MetricsEndpoint>;
