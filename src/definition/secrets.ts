// Secrets in definitions: `${env:NAME}` references, resolved from the environment when an agent
// starts; the `Secret` wrapper that keeps resolved values out of logs and JSON; and the heuristic
// that spots an API key pasted inline where a reference belongs.
import { inspect } from 'node:util';
import { FrameworkError } from '../errors.js';

/** A whole value that is one reference: `${env:OPENAI_API_KEY}`. */
export const ENV_REFERENCE = /^\$\{env:([A-Z_][A-Z0-9_]*)\}$/;
const ANY_REFERENCE = /\$\{[^}]*\}?/;

/** The variable a value refers to, or undefined when the value is a literal. */
export function envReferenceName(value: string): string | undefined {
  return ENV_REFERENCE.exec(value)?.[1];
}

/** True when a value tries to be a reference but is not a valid one (`${env:lower}`, `${ENV:X}`, `${env:X`). */
export function isMalformedReference(value: string): boolean {
  return ANY_REFERENCE.test(value) && !ENV_REFERENCE.test(value);
}

const REDACTED = '[redacted]';

/** A resolved secret. Only `reveal()` gives the value; printing, logging or serialising shows `[redacted]`. */
export class Secret {
  readonly #value: string;
  /** Where the value came from, safe to print: `${env:OPENAI_API_KEY}` or `inline`. */
  readonly source: string;

  constructor(value: string, source: string) {
    this.#value = value;
    this.source = source;
  }

  reveal(): string {
    return this.#value;
  }

  toString(): string {
    return REDACTED;
  }

  toJSON(): string {
    return `${REDACTED} ${this.source}`;
  }

  [inspect.custom](): string {
    return `Secret(${REDACTED} ${this.source})`;
  }
}

/**
 * Resolves a definition value that may be a `${env:NAME}` reference. `field` names the place in the
 * definition (`model.api_key`) so the error says which field needs which variable.
 */
export function resolveSecret(value: string, field: string, env: NodeJS.ProcessEnv = process.env): Secret {
  const name = envReferenceName(value);
  if (name === undefined) {
    if (isMalformedReference(value)) {
      throw new FrameworkError('DEFINITION_INVALID', `${field}: expected a reference like \${env:NAME}`);
    }
    return new Secret(value, 'inline');
  }
  const resolved = env[name];
  if (resolved === undefined || resolved === '') {
    throw new FrameworkError(
      'SECRET_UNSET',
      `${field} refers to \${env:${name}}, but the environment variable ${name} is not set; set it before starting the agent`,
    );
  }
  return new Secret(resolved, `\${env:${name}}`);
}

/** Resolves every `${env:NAME}` value of a record (headers, environment of a server). */
export function resolveSecretRecord(
  values: Readonly<Record<string, string>>,
  field: string,
  env: NodeJS.ProcessEnv = process.env,
): Record<string, Secret> {
  return Object.fromEntries(
    Object.entries(values).map(([key, value]) => [key, resolveSecret(value, `${field}.${key}`, env)]),
  );
}

const KEY_PREFIXES = /^(?:sk-|sk_|xai-|ek_|rk_|pk_|ghp_|gho_|github_pat_|xox[abp]-|AKIA)/;
const BEARER = /^(?:Bearer|Basic|Token)\s+(\S+)$/i;

/** Shannon entropy in bits per character. */
function entropy(text: string): number {
  const counts = new Map<string, number>();
  for (const ch of text) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let bits = 0;
  for (const count of counts.values()) {
    const p = count / text.length;
    bits -= p * Math.log2(p);
  }
  return bits;
}

/**
 * Whether a literal looks like a credential: a known key prefix (`sk-`, `xai-`...), or a long token
 * without spaces and with high entropy (random-looking), optionally after `Bearer `.
 */
export function looksLikeSecret(value: string): boolean {
  if (envReferenceName(value) !== undefined) return false;
  const token = BEARER.exec(value.trim())?.[1] ?? value.trim();
  if (/\s/.test(token)) return false;
  if (KEY_PREFIXES.test(token) && token.length >= 12) return true;
  return token.length >= 24 && entropy(token) >= 3.5 && /\d/.test(token) && /[a-zA-Z]/.test(token);
}

/**
 * pino `redact` paths for loggers that may receive raw (unwrapped) secret-bearing objects: model
 * configurations, HTTP headers and server environments. `Secret` values need no path: they hide
 * themselves.
 */
export const SECRET_REDACT_PATHS: readonly string[] = [
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
