export interface HealthEndpoint {
    port: number;
    close(): Promise<void>;
}
export declare function startHealthEndpoint(port: number, state: () => {
    healthy: boolean;
    worker: object;
}): Promise<HealthEndpoint>;
