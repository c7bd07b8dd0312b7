import type { LiveKitCredentials } from '../dispatch/credentials.js';
export interface ApiAuthOptions {
    credentials: LiveKitCredentials;
    /** A static API key accepted as a bearer token besides signed tokens. */
    apiKey?: string;
}
/** A token for this API, signed with the LiveKit key pair: what a product's backend sends. */
export declare function apiToken(credentials: LiveKitCredentials, ttl?: string | number): Promise<string>;
export declare class ApiAuth {
    #private;
    constructor(options: ApiAuthOptions);
    /** Whether the Authorization header carries valid credentials. Never throws. */
    check(header: string | undefined): Promise<boolean>;
}
