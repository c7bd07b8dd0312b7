// Identifiers in the hosted service's shape: a prefix and base62 characters (`event_` + 21,
// `call_` + 16), random so ids from different sessions never collide.
import { randomBytes } from 'node:crypto';
const BASE62 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
export function mintId(prefix) {
    const length = prefix === 'call' ? 16 : 21;
    const bytes = randomBytes(length);
    let id = `${prefix}_`;
    for (let i = 0; i < length; i++)
        id += BASE62[bytes[i] % 62];
    return id;
}
//# sourceMappingURL=ids.js.map