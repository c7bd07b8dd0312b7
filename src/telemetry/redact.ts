// Keeps credentials out of log lines. Known secret values (every resolved `Secret`, the LiveKit API
// secret) and anything shaped like a credential (JWTs, bearer and basic tokens, API keys with a known
// prefix, values under keys such as authorization, api_key, token, secret or password) become
// `[redacted]`, in structured fields, messages and error stacks alike. The logger runs every line
// through `redactLine`; nothing here knows where the secrets came from.

export const REDACTED = '[redacted]';

/** Prefixes of provider API keys and tokens (OpenAI, xAI, GitHub, Slack, AWS...). */
export const KEY_PREFIX = '(?:sk-|sk_|xai-|ek_|rk_|pk_|ghp_|gho_|github_pat_|xox[abp]-|AKIA)';

/** Shorter values are not scanned for (they would match ordinary words); patterns still apply. */
const MIN_KNOWN_LENGTH = 8;

const known = new Set<string>();

/** Remembers a secret value so that it is redacted wherever it shows up in a log line. */
export function rememberSecret(value: string): void {
  if (value.length >= MIN_KNOWN_LENGTH) known.add(value);
}

const JWT = /\beyJ[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]*/g;
const SCHEME_TOKEN = /\b(Bearer|Basic|Token)(\s+)[A-Za-z0-9._~+/=-]{6,}/gi;
const PREFIXED_KEY = new RegExp(`\\b${KEY_PREFIX}[A-Za-z0-9_-]{8,}`, 'g');
/** `authorization: x`, `"api-key":"x"`, `apiKey=x`, `?token=x` inside free text. */
const ASSIGNED =
  /((?:authorization|api[-_]?key|x-api-key|api[-_]?secret|access[-_]?token|refresh[-_]?token|token|secret|password|client[-_]?secret|sig|signature)["']?\s*[:=]\s*["']?)(?!\[redacted\])([^"'\s,;&}]+)/gi;

/** Key names (lowercase, without - and _) whose values are credentials. */
const SECRET_KEYS = /^(?:authorization|proxyauthorization|cookie|setcookie|credentials?|privatekey)$/;
const SECRET_KEY_ENDINGS = /(?:apikey|secret|token|password|passwd)$/;

function isSecretKey(key: string): boolean {
  const normal = key.toLowerCase().replace(/[-_]/g, '');
  return SECRET_KEYS.test(normal) || SECRET_KEY_ENDINGS.test(normal);
}

/** `text` with known secret values and credential-shaped pieces replaced by `[redacted]`. */
export function redactText(text: string): string {
  let out = text;
  for (const value of known) if (out.includes(value)) out = out.split(value).join(REDACTED);
  return out
    .replace(JWT, REDACTED)
    .replace(SCHEME_TOKEN, `$1$2${REDACTED}`)
    .replace(PREFIXED_KEY, REDACTED)
    .replace(ASSIGNED, `$1${REDACTED}`);
}

/** A copy of a JSON value with every credential in it redacted (by key, by value and by shape). */
export function redactValue(value: unknown): unknown {
  if (typeof value === 'string') return redactText(value);
  if (Array.isArray(value)) return value.map(redactValue);
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) {
    out[key] = isSecretKey(key) && typeof field === 'string' && field !== '' ? REDACTED : redactValue(field);
  }
  return out;
}

/** One serialised log line (JSON, with its newline), redacted; a line that is not JSON is redacted as text. */
export function redactLine(line: string): string {
  const end = line.endsWith('\n') ? '\n' : '';
  try {
    return JSON.stringify(redactValue(JSON.parse(line))) + end;
  } catch {
    return redactText(line);
  }
}
