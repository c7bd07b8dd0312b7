// Where the worker and the CLI find the LiveKit server: LIVEKIT_URL, LIVEKIT_API_KEY and LIVEKIT_API_SECRET,
// defaulting to the local development server that `pnpm dev` runs with livekit.yaml.
import { z } from 'zod';
import { FrameworkError } from '../errors.js';
/** The development key pair in livekit.yaml. Public, so only ever valid on a local server. */
export const DEV_API_KEY = 'devkey';
export const DEV_API_SECRET = 'secret-secret-secret-secret-secret';
export const DEV_URL = 'ws://127.0.0.1:7880';
const urlSchema = z
    .string()
    .url()
    .refine((value) => /^(wss?|https?):\/\//.test(value), 'must start with ws://, wss://, http:// or https://');
export function credentialsFromEnv(env = process.env) {
    const url = env.LIVEKIT_URL || DEV_URL;
    const parsed = urlSchema.safeParse(url);
    if (!parsed.success) {
        throw new FrameworkError('CONFIG_INVALID', `LIVEKIT_URL "${url}" ${parsed.error.issues[0]?.message ?? 'is not a URL'}`);
    }
    const apiKey = env.LIVEKIT_API_KEY || DEV_API_KEY;
    const apiSecret = env.LIVEKIT_API_SECRET || DEV_API_SECRET;
    return { url: url.replace(/\/+$/, ''), apiKey, apiSecret };
}
/** The http(s) form of a LiveKit URL, for the server API and health checks. */
export function httpUrlOf(url) {
    return url.replace(/^ws/, 'http');
}
/** True for a server on this machine, which `pnpm dev` may start itself. */
export function isLoopbackUrl(url) {
    const { hostname } = new URL(httpUrlOf(url));
    return hostname === '127.0.0.1' || hostname === 'localhost' || hostname === '[::1]';
}
//# sourceMappingURL=credentials.js.map