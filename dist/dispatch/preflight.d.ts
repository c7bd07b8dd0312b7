import { type LiveKitCredentials } from './credentials.js';
export declare function preflight(credentials: LiveKitCredentials, timeoutMs?: number): Promise<void>;
