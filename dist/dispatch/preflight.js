// Checks, before the worker registers, that the LiveKit server answers and accepts the credentials, so a
// wrong URL or key ends in one clear message instead of the worker's retry loop.
import { RoomServiceClient } from 'livekit-server-sdk';
import { FrameworkError } from '../errors.js';
import { httpUrlOf } from './credentials.js';
function causeOf(error) {
    const cause = error.cause;
    return cause?.code ?? cause?.message ?? (error instanceof Error ? error.message : String(error));
}
export async function preflight(credentials, timeoutMs = 5000) {
    const httpUrl = httpUrlOf(credentials.url);
    try {
        await fetch(httpUrl, { signal: AbortSignal.timeout(timeoutMs) });
    }
    catch (error) {
        throw new FrameworkError('SERVER_UNREACHABLE', `cannot reach the LiveKit server at ${credentials.url}: ${causeOf(error)}`);
    }
    try {
        await new RoomServiceClient(httpUrl, credentials.apiKey, credentials.apiSecret).listRooms();
    }
    catch (error) {
        const status = error.status;
        if (status === 401 || status === 403) {
            throw new FrameworkError('CREDENTIALS_REJECTED', `the LiveKit server at ${credentials.url} rejected API key "${credentials.apiKey}" (HTTP ${status}): check LIVEKIT_API_KEY and LIVEKIT_API_SECRET`);
        }
        throw new FrameworkError('SERVER_UNREACHABLE', `the LiveKit server at ${credentials.url} did not answer its API: ${causeOf(error)}`);
    }
}
//# sourceMappingURL=preflight.js.map