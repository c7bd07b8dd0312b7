/** The development key pair in livekit.yaml. Public, so only ever valid on a local server. */
export declare const DEV_API_KEY = "devkey";
export declare const DEV_API_SECRET = "secret-secret-secret-secret-secret";
export declare const DEV_URL = "ws://127.0.0.1:7880";
export interface LiveKitCredentials {
    url: string;
    apiKey: string;
    apiSecret: string;
}
export declare function credentialsFromEnv(env?: NodeJS.ProcessEnv): LiveKitCredentials;
/** The http(s) form of a LiveKit URL, for the server API and health checks. */
export declare function httpUrlOf(url: string): string;
/** True for a server on this machine, which `pnpm dev` may start itself. */
export declare function isLoopbackUrl(url: string): boolean;
