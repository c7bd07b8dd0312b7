// The API's settings, read from the environment in one place: where it listens, who may call it, where
// its events go, and how the dispatcher judges and repairs rooms.
import { z } from 'zod';
import { durationFromEnv } from '../definition/duration.js';
import { DEFAULT_DISPATCH_GRACE_MS } from '../dispatch/dispatcher.js';
import { FrameworkError } from '../errors.js';
import { DEFAULT_OBSERVER_IDENTITY } from '../room/event-feed.js';

export const DEFAULT_API_PORT = 8788;
export const DEFAULT_SWEEP_INTERVAL_MS = 10_000;

export interface ApiSettings {
  host: string;
  /** The port to listen on (0: any free one), or undefined when the API is off. */
  port: number | undefined;
  /** A static bearer key accepted besides signed tokens. */
  apiKey: string | undefined;
  /** Outgoing webhooks: where, and the secret they are signed with. */
  webhook: { url: string; secret: string } | undefined;
  /** The identity agents address their event feed to, and the API follows rooms with. */
  observer: string;
  /** The LiveKit URL handed to clients (default LIVEKIT_URL). */
  publicUrl: string | undefined;
  sweepIntervalMs: number;
  dispatchGraceMs: number;
}

function fail(variable: string, message: string): never {
  throw new FrameworkError('CONFIG_INVALID', `${variable}: ${message}`);
}

const url = z.url({ protocol: /^https?$/ });

export function apiSettingsFromEnv(env: NodeJS.ProcessEnv = process.env): ApiSettings {
  const portText = env.ROOMVOICE_API_PORT ?? String(DEFAULT_API_PORT);
  const port = portText === 'off' ? undefined : Number(portText);
  if (port !== undefined && !(Number.isInteger(port) && port >= 0 && port < 65536))
    fail('ROOMVOICE_API_PORT', `expected a port number or "off", got "${portText}"`);
  const webhookUrl = env.ROOMVOICE_WEBHOOK_URL;
  if (webhookUrl && !url.safeParse(webhookUrl).success)
    fail('ROOMVOICE_WEBHOOK_URL', `expected an http(s) URL, got "${webhookUrl}"`);
  const secret = env.ROOMVOICE_WEBHOOK_SECRET;
  if (webhookUrl && (!secret || secret.length < 16))
    fail('ROOMVOICE_WEBHOOK_SECRET', 'set a secret of at least 16 characters to sign outgoing webhooks with');
  const apiKey = env.ROOMVOICE_API_KEY || undefined;
  if (apiKey && apiKey.length < 16) fail('ROOMVOICE_API_KEY', 'use at least 16 characters');
  return {
    host: env.ROOMVOICE_API_HOST || '127.0.0.1',
    port,
    apiKey,
    webhook: webhookUrl && secret ? { url: webhookUrl, secret } : undefined,
    observer: env.ROOMVOICE_OBSERVER || DEFAULT_OBSERVER_IDENTITY,
    publicUrl: env.LIVEKIT_PUBLIC_URL || undefined,
    sweepIntervalMs: durationFromEnv(env, 'ROOMVOICE_SWEEP_INTERVAL', DEFAULT_SWEEP_INTERVAL_MS, 500),
    dispatchGraceMs: durationFromEnv(env, 'ROOMVOICE_DISPATCH_GRACE', DEFAULT_DISPATCH_GRACE_MS, 1_000),
  };
}
