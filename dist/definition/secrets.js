// Secrets in definitions: `${env:NAME}` references, resolved from the environment when an agent
// starts; the `Secret` wrapper that keeps resolved values out of logs and JSON; and the heuristic
// that spots an API key pasted inline where a reference belongs.
import { inspect } from 'node:util';
import { FrameworkError } from '../errors.js';
/** A reference to an environment variable: `${env:OPENAI_API_KEY}`, alone or inside a value (`Bearer ${env:TOKEN}`). */
const ENV_REFERENCE = /\$\{env:([A-Z_][A-Z0-9_]*)\}/g;
/** The variables a value refers to, in order. */
export function envReferences(value) {
    return Array.from(value.matchAll(ENV_REFERENCE), (match) => match[1] ?? '');
}
/**
 * The part of a value that tries to be a reference but is not a valid one (`${env:lower}`, `${ENV:X}`,
 * `${env:X`), or undefined. Only that part is ever shown, never the rest of a value that may be secret.
 */
export function malformedReference(value) {
    return /\$\{[^}\s]*\}?/.exec(value.replace(ENV_REFERENCE, ''))?.[0];
}
const REDACTED = '[redacted]';
/** A resolved secret. Only `reveal()` gives the value; printing, logging or serialising shows `[redacted]`. */
export class Secret {
    #value;
    /** Where the value came from, safe to print: `${env:OPENAI_API_KEY}` or `inline`. */
    source;
    constructor(value, source) {
        this.#value = value;
        this.source = source;
    }
    reveal() {
        return this.#value;
    }
    toString() {
        return REDACTED;
    }
    toJSON() {
        return `${REDACTED} ${this.source}`;
    }
    [inspect.custom]() {
        return `Secret(${REDACTED} ${this.source})`;
    }
}
/**
 * Resolves a definition value that may hold `${env:NAME}` references. `field` names the place in the
 * definition (`model.api_key`) so the error says which field needs which variable.
 */
export function resolveSecret(value, field, env = process.env) {
    const malformed = malformedReference(value);
    if (malformed !== undefined) {
        throw new FrameworkError('DEFINITION_INVALID', `${field}: expected a reference like \${env:NAME}, got "${malformed}"`);
    }
    const names = envReferences(value);
    if (names.length === 0)
        return new Secret(value, 'inline');
    const unset = names.find((name) => env[name] === undefined || env[name] === '');
    if (unset !== undefined) {
        throw new FrameworkError('SECRET_UNSET', `${field} refers to \${env:${unset}}, but the environment variable ${unset} is not set; set it before starting the agent`);
    }
    const resolved = value.replace(ENV_REFERENCE, (_, name) => env[name] ?? '');
    return new Secret(resolved, names.map((name) => `\${env:${name}}`).join(' '));
}
/** Resolves every `${env:NAME}` value of a record (headers, environment of a server). */
export function resolveSecretRecord(values, field, env = process.env) {
    return Object.fromEntries(Object.entries(values).map(([key, value]) => [key, resolveSecret(value, `${field}.${key}`, env)]));
}
const KEY_PREFIXES = /^(?:sk-|sk_|xai-|ek_|rk_|pk_|ghp_|gho_|github_pat_|xox[abp]-|AKIA)/;
const BEARER = /^(?:Bearer|Basic|Token)\s+(\S+)$/i;
/** Shannon entropy in bits per character. */
function entropy(text) {
    const counts = new Map();
    for (const ch of text)
        counts.set(ch, (counts.get(ch) ?? 0) + 1);
    let bits = 0;
    for (const count of counts.values()) {
        const p = count / text.length;
        bits -= p * Math.log2(p);
    }
    return bits;
}
/**
 * Whether a literal looks like a credential: a known key prefix (`sk-`, `xai-`...), or a long token
 * without spaces and with high entropy (random-looking), optionally after `Bearer `. URLs are not.
 */
export function looksLikeSecret(value) {
    if (envReferences(value).length > 0)
        return false;
    const token = BEARER.exec(value.trim())?.[1] ?? value.trim();
    if (/\s/.test(token) || /^[a-z][a-z0-9+.-]*:\/\//i.test(token))
        return false;
    if (KEY_PREFIXES.test(token) && token.length >= 12)
        return true;
    return token.length >= 24 && entropy(token) >= 3.5 && /\d/.test(token) && /[a-zA-Z]/.test(token);
}
/**
 * pino `redact` paths for loggers that may receive raw (unwrapped) secret-bearing objects: model
 * configurations, HTTP headers and server environments. `Secret` values need no path: they hide
 * themselves.
 */
export const SECRET_REDACT_PATHS = [
    'api_key',
    '*.api_key',
    'apiKey',
    '*.apiKey',
    'headers.authorization',
    'headers["api-key"]',
    '*.headers.authorization',
    '*.headers["api-key"]',
    'env',
    '*.env',
];
//# sourceMappingURL=secrets.js.map