export declare const DEFAULT_API_PORT = 8788;
export declare const DEFAULT_SWEEP_INTERVAL_MS = 10000;
export interface ApiSettings {
    host: string;
    /** The port to listen on (0: any free one), or undefined when the API is off. */
    port: number | undefined;
    /** A static bearer key accepted besides signed tokens. */
    apiKey: string | undefined;
    /** Outgoing webhooks: where, and the secret they are signed with. */
    webhook: {
        url: string;
        secret: string;
    } | undefined;
    /** The identity agents address their event feed to, and the API follows rooms with. */
    observer: string;
    /** The LiveKit URL handed to clients (default LIVEKIT_URL). */
    publicUrl: string | undefined;
    sweepIntervalMs: number;
    dispatchGraceMs: number;
}
export declare function apiSettingsFromEnv(env?: NodeJS.ProcessEnv): ApiSettings;
