// Scenario: secrets reach log calls every way they can in a real process (a resolved Secret in a field,
// its raw value in a message, a header object, an error whose message and stack carry a token, a URL
// with a key in its query, a server environment, a LiveKit access token). What the project's logger
// writes holds none of them, while the rest of each line is intact.
// biome-ignore-all lint/suspicious/noTemplateCurlyInString: ${env:NAME} references are literal text here.
import { inspect } from 'node:util';
import { AccessToken } from 'livekit-server-sdk';
import { describe, expect, it } from 'vitest';
import { resolveSecret, Secret } from '../../src/definition/secrets.js';
import { credentialsFromEnv } from '../../src/dispatch/credentials.js';
import { createLogger } from '../../src/telemetry/log.js';

function capture(level = 'trace') {
  const lines: string[] = [];
  const logger = createLogger({ level, destination: { write: (line: string) => lines.push(line) } });
  return { logger, output: () => lines.join(''), lines };
}

describe('the project logger', () => {
  // Values that look like nothing in particular, so only knowing them (not their shape) can catch them.
  const apiKey = resolveSecret('${env:FAKE_PROVIDER_KEY}', 'model.api_key', {
    FAKE_PROVIDER_KEY: 'plainlookingvalue-0123',
  });
  const header = resolveSecret('${env:FAKE_HEADER}', 'model.headers.X-Custom', {
    FAKE_HEADER: 'anotherplainvalue-4567',
  });

  it('never writes a resolved secret, wherever it appears', () => {
    const { logger, output, lines } = capture();
    const child = logger.child({ agent: 'concierge' });
    child.info({ model: { api_key: apiKey, headers: { 'X-Custom': header } } }, 'connecting');
    child.info(`raw value in a message: ${apiKey.reveal()} and ${header.reveal()}`);
    child.info('printf style: %s', apiKey.reveal());
    child.warn({ provider: { apiKey: apiKey.reveal(), url: 'wss://host/v1' } }, 'raw provider options');
    const error = new Error(`upgrade failed for key ${apiKey.reveal()}`);
    error.stack = `${error.stack}\n    at header ${header.reveal()}`;
    child.error({ err: error }, 'failed');
    child.error(error);
    expect(lines).toHaveLength(6);
    const text = output();
    expect(text).not.toContain(apiKey.reveal());
    expect(text).not.toContain(header.reveal());
    expect(text).toContain('connecting');
    expect(text).toContain('upgrade failed for key [redacted]');
    expect(text).toContain('wss://host/v1');
  });

  it('writes no tokens, API keys or Authorization headers, even ones it was never told about', async () => {
    const { logger, output } = capture();
    const jwt = await new AccessToken('devkey', 'some-secret-some-secret-some-secret-xx', {
      identity: 'alice',
    }).toJwt();
    const openaiKey = 'sk-proj-AbCdEf0123456789GhIjKl';
    const xaiKey = 'xai-Zz9Yy8Xx7Ww6Vv5Uu4';
    const bearer = 'b3arer-t0ken-Qq1Ww2Ee3Rr4';
    const basic = 'dXNlcjpwYXNzd29yZA==';
    logger.info(
      { headers: { Authorization: `Bearer ${bearer}`, 'api-key': 'azurekey-unknown-1' } },
      'request',
    );
    logger.info({ authorization: `Basic ${basic}` }, 'basic auth');
    logger.info({ token: jwt }, 'participant token');
    logger.info(`joining wss://lk.example.com/rtc?access_token=${jwt}&auto_subscribe=1`);
    logger.info({ url: 'wss://api.example.com/v1/realtime?model=m&api_key=querykey-unknown-2' }, 'url');
    logger.info(
      { env: { GITHUB_TOKEN: 'ghtoken-unknown-3', LIVEKIT_API_SECRET: 'lksecret-unknown-4' } },
      'env',
    );
    logger.warn(`provider said: Incorrect API key provided: ${openaiKey}`);
    logger.warn({ keys: [xaiKey] }, 'a list');
    logger.error({ err: new Error(`request with "authorization: Bearer ${bearer}" failed`) }, 'http');
    const text = output();
    for (const secret of [
      jwt,
      jwt.split('.')[2]!,
      openaiKey,
      xaiKey,
      bearer,
      basic,
      'azurekey-unknown-1',
      'querykey-unknown-2',
      'ghtoken-unknown-3',
      'lksecret-unknown-4',
    ]) {
      expect(text).not.toContain(secret);
    }
    expect(text).toContain('auto_subscribe=1');
    expect(text).toContain('model=m');
  });

  it('redacts the LiveKit API secret it was configured with', () => {
    const apiSecret = 'operator-livekit-secret-55';
    credentialsFromEnv({
      LIVEKIT_URL: 'wss://lk.example.com',
      LIVEKIT_API_KEY: 'APIkey',
      LIVEKIT_API_SECRET: apiSecret,
    });
    const { logger, output } = capture();
    logger.info(`signing with ${apiSecret}`);
    expect(output()).not.toContain(apiSecret);
  });

  it('keeps ordinary lines as they were', () => {
    const { logger, lines } = capture();
    logger.info({ usage: { total_tokens: 120, input_tokens: 80 }, room: 'support-1' }, 'response done');
    const line = JSON.parse(lines[0]!) as Record<string, unknown>;
    expect(line).toMatchObject({
      level: 30,
      usage: { total_tokens: 120, input_tokens: 80 },
      room: 'support-1',
      msg: 'response done',
    });
  });
});

describe('a Secret', () => {
  it('never gives its value to anything but reveal()', () => {
    const secret = new Secret('s3cr3t-value-never-shown', '${env:X}');
    const shown = [
      String(secret),
      `${secret}`,
      JSON.stringify({ secret }),
      inspect(secret),
      inspect({ nested: { secret } }, { depth: 9 }),
      JSON.stringify({ ...secret }),
      JSON.stringify(Object.entries(secret)),
      JSON.stringify(structuredClone({ secret })),
    ];
    for (const text of shown) expect(text).not.toContain('s3cr3t-value-never-shown');
    expect(secret.reveal()).toBe('s3cr3t-value-never-shown');
  });
});
