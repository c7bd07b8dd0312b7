// Who may call the API: a bearer token that is either (a) a LiveKit JWT signed with the server's API key
// pair (LIVEKIT_API_KEY / LIVEKIT_API_SECRET) carrying the whole-server grants roomAdmin, roomCreate and
// roomList with no room restriction (what `apiToken` mints; participant tokens are refused), or (b) the
// API key set in ROOMVOICE_API_KEY, compared in constant time. Anything else is refused, and every
// refusal looks the same.
import { createHash, timingSafeEqual } from 'node:crypto';
import { AccessToken, TokenVerifier } from 'livekit-server-sdk';
import type { LiveKitCredentials } from '../dispatch/credentials.js';

export interface ApiAuthOptions {
  credentials: LiveKitCredentials;
  /** A static API key accepted as a bearer token besides signed tokens. */
  apiKey?: string;
}

/** A token for this API, signed with the LiveKit key pair: what a product's backend sends. */
export function apiToken(credentials: LiveKitCredentials, ttl: string | number = '1h'): Promise<string> {
  const token = new AccessToken(credentials.apiKey, credentials.apiSecret, { ttl });
  token.addGrant({ roomAdmin: true, roomCreate: true, roomList: true });
  return token.toJwt();
}

function digest(text: string): Buffer {
  return createHash('sha256').update(text).digest();
}

export class ApiAuth {
  readonly #verifier: TokenVerifier;
  readonly #apiKey: Buffer | undefined;

  constructor(options: ApiAuthOptions) {
    this.#verifier = new TokenVerifier(options.credentials.apiKey, options.credentials.apiSecret);
    this.#apiKey = options.apiKey ? digest(options.apiKey) : undefined;
  }

  /** Whether the Authorization header carries valid credentials. Never throws. */
  async check(header: string | undefined): Promise<boolean> {
    const match = /^Bearer ([^\s]+)$/.exec(header ?? '');
    if (!match) return false;
    const token = match[1]!;
    if (this.#apiKey && timingSafeEqual(digest(token), this.#apiKey)) return true;
    try {
      const claims = await this.#verifier.verify(token);
      const grant = claims.video;
      return grant?.roomAdmin === true && grant.roomCreate === true && grant.roomList === true && !grant.room;
    } catch {
      return false;
    }
  }
}
